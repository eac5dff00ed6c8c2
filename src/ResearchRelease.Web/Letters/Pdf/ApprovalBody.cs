using PdfSharp.UniversalAccessibility;
using ResearchRelease.Domain.Calendar;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>What was approved: cohorts, access route and end date, the data table, named users, numbered conditions, remarks.</summary>
internal static class ApprovalBody
{
    public static void Draw(PageFlow flow, LetterContent letter, LetterStyles styles)
    {
        TextBlocks.Paragraph(flow, LetterWording.Opening(letter), styles.Body);
        TextBlocks.Paragraph(flow, LetterWording.ApprovalScope(letter), styles.Body);

        var facts = Facts(letter);
        if (facts.Count > 0)
        {
            SummaryList.Draw(flow, facts, styles);
        }

        if (letter.DataItems.Count > 0)
        {
            // Keep the heading with the table's header row and the start of its first row.
            TextBlocks.Heading(flow, "Data approved", styles.Heading, 4 * styles.TableCell.LineHeight);
            DataItemsTable.Draw(flow, letter.DataItems, styles);
        }

        if (letter.NamedUsers.Count > 0)
        {
            // Condition 4 limits the data to the named users: the letter says who they are.
            TextBlocks.Heading(flow, "Named data users", styles.Heading, 3 * styles.Body.LineHeight);
            TextBlocks.Paragraph(flow, "Only these people may use the data:", styles.Body);
            TextBlocks.Bulleted(flow, letter.NamedUsers, styles.Body);
        }

        if (letter.Conditions.Count > 0)
        {
            TextBlocks.Heading(flow, "Conditions", styles.Heading, 2 * styles.Body.LineHeight);
            TextBlocks.Numbered(flow, letter.Conditions, styles.Body);
        }

        if (letter.Reasons.Count > 0)
        {
            // Each reason carries its own heading ("Remarks"); a section heading above it printed the word twice.
            TextBlocks.Reasons(flow, letter.Reasons, styles.Heading, styles.Body, PdfBlockLevelElementTag.Heading2);
        }
    }

    private static List<(string Label, IReadOnlyList<string> Values)> Facts(LetterContent letter)
    {
        var facts = new List<(string, IReadOnlyList<string>)>();
        if (letter.Cohorts.Count > 0)
        {
            facts.Add(("Cohorts", letter.Cohorts));
        }

        if (!string.IsNullOrWhiteSpace(letter.AccessRoute))
        {
            facts.Add(("Access route", [letter.AccessRoute]));
        }

        if (letter.EndDate is { } end)
        {
            facts.Add(("Approval ends", [PlainDates.Day(end)]));
        }

        return facts;
    }
}
