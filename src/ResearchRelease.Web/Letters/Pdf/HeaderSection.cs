using PdfSharp.UniversalAccessibility;
using ResearchRelease.Domain.Calendar;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>Page one's letterhead, the addressee and reference/date blocks, the salutation and the subject line.</summary>
internal static class HeaderSection
{
    private const double SideColumnWidth = 170;
    private const double ColumnGap = 24;

    public static void Draw(PageFlow flow, LetterContent letter, LetterStyles styles)
    {
        DrawLetterhead(flow, styles);
        flow.Gap(22);

        var top = flow.Y;
        var sideBottom = DrawReferenceAndDate(flow, letter, styles, top);
        DrawAddressee(flow, letter, styles);

        // Only line the blocks up if the address did not run onto another page (absurdly long names).
        if (flow.PageIndex == 0)
        {
            flow.Y = Math.Max(flow.Y, sideBottom);
        }

        flow.Gap(20);
        if (letter.Correction is { } correction)
        {
            CorrectionPanel.Draw(flow, correction, styles);
            flow.Gap(14);
        }

        TextBlocks.Paragraph(flow, $"Dear {letter.AddresseeName},", styles.Body);
        flow.Gap(2);
        // The subject is what the letter is about: the one H1 a screen reader offers first.
        TextBlocks.Paragraph(flow, LetterWording.Subject(letter), styles.Subject, tag: PdfBlockLevelElementTag.Heading1);
    }

    private static void DrawLetterhead(PageFlow flow, LetterStyles styles)
    {
        var top = flow.Y;

        // A solid brand block stands in for the crest, which the app may not reproduce.
        flow.Artifact(g =>
            g.DrawRectangle(styles.BrandBrush, PageFlow.Left, top + 2, 5, styles.Title.LineHeight + styles.Office.LineHeight - 2)
        );
        var x = PageFlow.Left + 14;
        using (flow.Tag(PdfBlockLevelElementTag.Paragraph))
        {
            flow.DrawLine(LetterWording.Department, styles.Title, x, top);
        }

        using (flow.Tag(PdfBlockLevelElementTag.Paragraph))
        {
            flow.DrawLine(LetterWording.Office, styles.Office, x, top + styles.Title.LineHeight);
        }

        flow.Y = top + styles.Title.LineHeight + styles.Office.LineHeight + 10;
        var rule = flow.Y;
        flow.Artifact(g => g.DrawLine(styles.BrandRule, PageFlow.Left, rule, PageFlow.Left + PageFlow.Width, rule));
        flow.Y += styles.BrandRule.Width;
    }

    /// <summary>
    /// Right-hand column; short fields, drawn straight onto page one. Tagged as a two-row table with the labels
    /// as row headers, so "Reference" and "Date" are announced with their values.
    /// </summary>
    private static double DrawReferenceAndDate(PageFlow flow, LetterContent letter, LetterStyles styles, double top)
    {
        var x = PageFlow.Left + PageFlow.Width - SideColumnWidth;
        var y = top;
        using var table = flow.Tag(PdfBlockLevelElementTag.Table);
        foreach (var (label, value) in new[] { ("Reference", letter.Reference), ("Date", PlainDates.Day(letter.Date)) })
        {
            using var row = flow.Tag(PdfBlockLevelElementTag.TableRow);
            using (flow.Tag(PdfBlockLevelElementTag.TableHeaderCell))
            {
                flow.DrawLine(label, styles.Label, x, y);
            }

            y += styles.Label.LineHeight;
            using (flow.Tag(PdfBlockLevelElementTag.TableDataCell))
            {
                foreach (var line in flow.Wrap(value, styles.BodyBold, SideColumnWidth))
                {
                    flow.DrawLine(line, styles.BodyBold, x, y);
                    y += styles.BodyBold.LineHeight;
                }
            }

            y += 6;
        }

        return y;
    }

    private static void DrawAddressee(PageFlow flow, LetterContent letter, LetterStyles styles)
    {
        var width = PageFlow.Width - SideColumnWidth - ColumnGap;
        var fields = new[] { letter.AddresseeName, letter.AddresseeJobTitle, letter.OrganisationName };
        foreach (var field in fields.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            using (flow.Tag(PdfBlockLevelElementTag.Paragraph))
            {
                flow.WriteLines(flow.Wrap(field!, styles.Body, width), styles.Body, PageFlow.Left);
            }
        }
    }
}
