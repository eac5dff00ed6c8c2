using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ResearchRelease.Web.Tests.Letters;

/// <summary>
/// Reads a rendered letter back with PdfPig, one string per page in drawing order. PdfPig's word extractor
/// regroups words by position, which interleaves table cells; the letters of the content stream keep the
/// order the renderer drew them, so a space is inserted wherever the pen jumps (new line or new cell).
/// </summary>
internal static partial class PdfText
{
    public static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(Text).ToList();
    }

    public static string All(byte[] pdf) => string.Join(" ", Pages(pdf));

    public static string Text(Page page)
    {
        var text = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in page.Letters)
        {
            if (previous is not null)
            {
                var newLine = Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 0.5;
                var jump = Math.Abs(letter.StartBaseLine.X - previous.EndBaseLine.X) > 1.0;
                if (newLine || jump)
                {
                    text.Append(' ');
                }
            }

            text.Append(letter.Value);
            previous = letter;
        }

        return Spaces().Replace(text.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
