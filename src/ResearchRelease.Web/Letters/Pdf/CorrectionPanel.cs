using PdfSharp.UniversalAccessibility;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>
/// The boxed notice at the top of a corrected letter, with a thick brand bar on its left so it cannot be missed.
/// Measured first and kept on one page: the reason is bounded (CorrectionRules), so it always fits a fresh page.
/// </summary>
internal static class CorrectionPanel
{
    private const double Pad = 10;
    private const double Bar = 5;

    public static void Draw(PageFlow flow, LetterCorrectionNotice correction, LetterStyles styles)
    {
        var width = PageFlow.Width - (2 * Pad) - Bar;
        var parts = new List<(List<string> Lines, TextStyle Style, double After)>
        {
            (flow.Wrap(LetterWording.CorrectionHeading, styles.Subject, width), styles.Subject, 2),
            (flow.Wrap(LetterWording.CorrectionText(correction), styles.BodyBold, width), styles.BodyBold, 4),
            (flow.Wrap(LetterWording.CorrectionReason(correction), styles.Body, width), styles.Body, 2),
        };
        if (LetterWording.CorrectionChanges(correction) is { Length: > 0 } changes)
            parts.Add((flow.Wrap(changes, styles.Body, width), styles.Body, 2));
        parts.Add((flow.Wrap(LetterWording.CorrectionBy(correction), styles.Label, width), styles.Label, 0));

        var height = parts.Sum(p => (p.Lines.Count * p.Style.LineHeight) + p.After) + (2 * Pad);
        flow.EnsureSpace(height);
        var top = flow.Y;
        flow.Artifact(g =>
        {
            g.DrawRectangle(styles.FillBrush, PageFlow.Left, top, PageFlow.Width, height);
            g.DrawRectangle(styles.BrandBrush, PageFlow.Left, top, Bar, height);
        });

        var x = PageFlow.Left + Bar + Pad;
        var y = top + Pad;
        // Each part is a paragraph. The panel's title stays a P: it comes before the letter's H1, and PDF/UA wants
        // the first heading to be the H1.
        foreach (var (lines, style, after) in parts)
        {
            using var paragraph = flow.Tag(PdfBlockLevelElementTag.Paragraph);
            foreach (var line in lines)
            {
                flow.DrawLine(line, style, x, y);
                y += style.LineHeight;
            }

            y += after;
        }

        flow.Y = top + height;
    }
}
