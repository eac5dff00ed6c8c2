using PdfSharp.Drawing;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>
/// "Page x of y", the footer and the running header of pages 2+. The page count is only known once the body has
/// been laid out, so the renderer lays the letter out once to count pages and draws these as each page is finished.
/// All of it is an artifact: it repeats what the letter says once, and a screen reader should not read it per page.
/// </summary>
internal static class PageDecorations
{
    public static void Draw(XGraphics gfx, int index, int count, LetterContent letter, LetterStyles styles)
    {
        DrawFooter(gfx, letter, styles, $"Page {index + 1} of {count}");
        if (index > 0)
        {
            DrawRunningHeader(gfx, letter, styles);
        }
    }

    private static void DrawFooter(XGraphics gfx, LetterContent letter, LetterStyles styles, string pageText)
    {
        var left = LetterTheme.MarginLeft;
        var right = LetterTheme.PageWidth - LetterTheme.MarginRight;
        var y = LetterTheme.FooterRule;
        gfx.DrawLine(styles.Hairline, left, y, right, y);

        // Drawn left to right so text extraction reads the footer in order.
        var style = styles.Small;
        var pageWidth = gfx.MeasureString(pageText, style.Font).Width;
        var identity = $"Reference {letter.Reference}  \u00B7  Verification code {letter.VerificationCode}";
        Text(gfx, Fit(gfx, identity, style.Font, right - left - pageWidth - 24), style, left, y + 5);
        Text(gfx, pageText, style, right - pageWidth, y + 5);
    }

    private static void DrawRunningHeader(XGraphics gfx, LetterContent letter, LetterStyles styles)
    {
        var left = LetterTheme.MarginLeft;
        var right = LetterTheme.PageWidth - LetterTheme.MarginRight;
        var top = LetterTheme.FirstPageTop - 10;

        var department = LetterWording.Department;
        var departmentWidth = gfx.MeasureString(department, styles.SmallBold.Font).Width;
        Text(gfx, department, styles.SmallBold, left, top);

        var title = Fit(gfx, LetterWording.Title(letter), styles.Small.Font, right - left - departmentWidth - 24);
        Text(gfx, title, styles.Small, right - gfx.MeasureString(title, styles.Small.Font).Width, top);

        var ruleY = top + styles.Small.LineHeight + 4;
        gfx.DrawLine(styles.Hairline, left, ruleY, right, ruleY);
    }

    private static void Text(XGraphics gfx, string text, TextStyle style, double x, double top) =>
        gfx.DrawString(text, style.Font, style.Brush, x, top, XStringFormats.TopLeft);

    /// <summary>Shortens one-line text with an ellipsis so very long references cannot run into the page number.</summary>
    private static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        text = TextWrapper.Normalise(text).Replace('\n', ' ');
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 0 && gfx.MeasureString(string.Concat(text.AsSpan(0, length), "\u2026"), font).Width > width)
        {
            length--;
            if (length > 0 && char.IsHighSurrogate(text[length - 1]))
            {
                length--;
            }
        }

        return string.Concat(text.AsSpan(0, length).TrimEnd(), "\u2026");
    }
}
