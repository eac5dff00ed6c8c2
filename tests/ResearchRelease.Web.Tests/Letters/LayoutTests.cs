using System.Collections.Concurrent;
using ResearchRelease.Web.Letters;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ResearchRelease.Web.Tests.Letters;

/// <summary>Geometry read back from the PDF (PdfPig: points, origin bottom left).</summary>
public sealed class LayoutTests
{
    private const double PageWidth = 595.28;
    private const double Margin = 62;

    // The footer's rule is 48 pt above the bottom edge; body text must stay above 66 pt.
    private const double FooterRuleFromBottom = 48;
    private const double BodyBottomFromBottom = 66;

    public static TheoryData<string> Samples => ["approval", "onepage", "long", "extreme", "nonlatin", "refusal"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Keeps_all_text_inside_the_margins(string sample)
    {
        foreach (var page in Read(sample))
        {
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                Assert.True(
                    box.Left >= Margin - 0.5 && box.Right <= PageWidth - Margin + 0.5,
                    $"'{letter.Value}' at x {box.Left:F1}–{box.Right:F1} on page {page.Number}"
                );
                Assert.True(
                    box.Bottom >= 20 && box.Top <= page.Height - 20,
                    $"'{letter.Value}' at y {box.Bottom:F1}–{box.Top:F1} on page {page.Number}"
                );
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Keeps_body_text_clear_of_the_footer(string sample)
    {
        foreach (var page in Read(sample))
        {
            var body = page.GetWords().Where(w => w.BoundingBox.Top > FooterRuleFromBottom);
            Assert.All(body, w =>
                Assert.True(
                    w.BoundingBox.Bottom >= BodyBottomFromBottom - 0.5,
                    $"'{w.Text}' reaches y {w.BoundingBox.Bottom:F1} on page {page.Number}"
                )
            );
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Never_draws_one_glyph_over_another(string sample)
    {
        // Letter by letter: PdfPig's word extractor would merge text drawn on top of other text into one word.
        foreach (var page in Read(sample))
        {
            var glyphs = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderBy(l => l.BoundingBox.Left).ToList();
            for (var i = 0; i < glyphs.Count; i++)
            {
                // Sweep from left to right: only glyphs starting before this one ends can overlap it.
                for (var j = i + 1; j < glyphs.Count && glyphs[j].BoundingBox.Left < glyphs[i].BoundingBox.Right; j++)
                {
                    var a = glyphs[i].BoundingBox;
                    var b = glyphs[j].BoundingBox;
                    var overlap = Overlap(a, b);
                    if (overlap > 0)
                    {
                        var smaller = Math.Min(a.Width * a.Height, b.Width * b.Height);
                        Assert.True(
                            overlap <= 0.2 * smaller,
                            $"'{glyphs[i].Value}' and '{glyphs[j].Value}' overlap at ({a.Left:F1}, {a.Bottom:F1}) on page {page.Number}"
                        );
                    }
                }
            }
        }
    }

    internal static byte[] Render(string sample) =>
        new PdfLetterRenderer().Render(
            sample switch
            {
                "approval" => LetterSamples.Approval(),
                "onepage" => LetterSamples.OnePage(),
                "extreme" => LetterSamples.Extreme(),
                "long" => LetterSamples.Long(),
                "nonlatin" => LetterSamples.NonLatin(),
                _ => LetterSamples.Refusal(),
            }
        );

    private static readonly ConcurrentDictionary<string, List<Page>> Parsed = new();

    /// <summary>Each sample is rendered and parsed once for all three checks: parsing is the slow part.</summary>
    private static List<Page> Read(string sample) => Parsed.GetOrAdd(sample, s =>
        {
            // Pages stay usable after the document is disposed: PdfPig parses their content eagerly.
            using var document = PdfDocument.Open(Render(s));
            return document.GetPages().ToList();
        });

    private static double Overlap(PdfRectangle a, PdfRectangle b)
    {
        var width = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
        var height = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
        return width > 0 && height > 0 ? width * height : 0;
    }
}
