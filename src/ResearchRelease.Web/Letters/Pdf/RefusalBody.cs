using PdfSharp.UniversalAccessibility;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>Why the application was refused, limb by limb, and what the researcher could change.</summary>
internal static class RefusalBody
{
    public static void Draw(PageFlow flow, LetterContent letter, LetterStyles styles)
    {
        TextBlocks.Paragraph(flow, LetterWording.Opening(letter), styles.Body);
        if (letter.Reasons.Count > 0)
        {
            TextBlocks.Paragraph(flow, LetterWording.RefusalScope(letter), styles.Body);
            TextBlocks.Heading(flow, "Reasons for the decision", styles.Heading, 3 * styles.Body.LineHeight);
            TextBlocks.Reasons(flow, letter.Reasons, styles.BodyBold, styles.Body, PdfBlockLevelElementTag.Heading3);
        }

        if (letter.WhatCouldChange.Count > 0)
        {
            TextBlocks.Heading(flow, "What you could change", styles.Heading, 3 * styles.Body.LineHeight);
            TextBlocks.Paragraph(flow, LetterWording.WhatCouldChangeIntro, styles.Body);
            TextBlocks.Bulleted(flow, letter.WhatCouldChange, styles.Body);
        }

        // A refusal may still list what was asked for, so the researcher can see what the decision covered.
        if (letter.DataItems.Count > 0)
        {
            TextBlocks.Heading(flow, "Data requested", styles.Heading, 4 * styles.TableCell.LineHeight);
            DataItemsTable.Draw(flow, letter.DataItems, styles);
        }

        if (letter.Cohorts.Count > 0)
        {
            SummaryList.Draw(flow, [("Cohorts requested", letter.Cohorts)], styles);
        }
    }
}
