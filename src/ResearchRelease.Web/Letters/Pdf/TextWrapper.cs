using System.Globalization;
using System.Text;
using PdfSharp.Drawing;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>
/// Greedy word wrap measured with <see cref="XGraphics.MeasureString(string, XFont)"/>. PDFsharp's own
/// XTextFormatter silently drops lines that do not fit its rectangle, so the letter never uses it.
/// </summary>
internal static class TextWrapper
{
    // Rounding in the font metrics must not push a line that exactly fits onto the next one.
    private const double Tolerance = 0.01;

    public static List<string> Wrap(XGraphics gfx, string text, XFont font, double width) =>
        [.. WrapParagraphs(gfx, text, font, width).SelectMany(p => p)];

    /// <summary>The wrapped lines of each line of the text as written: a line break in it starts a new paragraph.</summary>
    public static List<List<string>> WrapParagraphs(XGraphics gfx, string text, XFont font, double width)
    {
        var paragraphs = new List<List<string>>();
        var space = gfx.MeasureString(" ", font).Width;
        foreach (var paragraph in Normalise(text).Split('\n'))
        {
            var lines = new List<string>();
            WrapParagraph(gfx, paragraph, font, width, space, lines);
            paragraphs.Add(lines);
        }

        return paragraphs;
    }

    /// <summary>Line breaks become paragraph breaks; tabs and other control characters would print as boxes.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            builder.Append(
                c switch
                {
                    '\n' or '\r' => '\n',
                    _ when char.IsControl(c) || (char.IsWhiteSpace(c) && c != '\u00A0') => ' ',
                    _ => c,
                }
            );
        }

        return builder.ToString().Trim('\n', ' ');
    }

    private static void WrapParagraph(XGraphics gfx, string paragraph, XFont font, double width, double space, List<string> lines)
    {
        var line = new StringBuilder();
        var lineWidth = 0.0;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // PDFsharp applies no kerning, so a line's width is the sum of its words and spaces.
            var wordWidth = gfx.MeasureString(word, font).Width;
            if (line.Length > 0 && lineWidth + space + wordWidth <= width + Tolerance)
            {
                line.Append(' ').Append(word);
                lineWidth += space + wordWidth;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (wordWidth <= width + Tolerance)
            {
                line.Append(word);
                lineWidth = wordWidth;
                continue;
            }

            lineWidth = BreakLongWord(gfx, word, font, width, lines, line);
        }

        lines.Add(line.ToString());
    }

    /// <summary>
    /// Splits a word wider than the column (a URL, a long code) between text elements, so accents and
    /// surrogate pairs stay whole. Full pieces go to <paramref name="lines"/>; the tail stays in <paramref name="line"/>.
    /// </summary>
    private static double BreakLongWord(XGraphics gfx, string word, XFont font, double width, List<string> lines, StringBuilder line)
    {
        var lineWidth = 0.0;
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var elementWidth = gfx.MeasureString(element, font).Width;
            if (line.Length > 0 && lineWidth + elementWidth > width + Tolerance)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }

            line.Append(element);
            lineWidth += elementWidth;
        }

        return lineWidth;
    }
}
