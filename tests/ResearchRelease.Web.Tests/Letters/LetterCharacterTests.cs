using System.Text;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Letters;
using UglyToad.PdfPig;

namespace ResearchRelease.Web.Tests.Letters;

/// <summary>
/// The characters text answers may hold (<see cref="LetterCharacters"/>) are exactly ones the letter prints: every one
/// of them, drawn in a letter, is read back from the PDF. What the letter cannot print is refused at input instead.
/// </summary>
public sealed class LetterCharacterTests
{
    [Fact]
    public void Every_character_an_answer_may_hold_comes_back_out_of_the_letter()
    {
        var visible = LetterCharacters
            .All()
            .Select(c => new Rune(c))
            .Where(r =>
                !Rune.IsWhiteSpace(r)
                && Rune.GetUnicodeCategory(r)
                    is not (
                        System.Globalization.UnicodeCategory.Format
                        or System.Globalization.UnicodeCategory.NonSpacingMark
                        or System.Globalization.UnicodeCategory.EnclosingMark
                    )
            )
            .ToList();
        Assert.True(visible.Count > 1_500, $"Only {visible.Count} printable characters: is the table right?");
        // As a refusal's reasons (the longest free text a letter prints), in lines of 40 so the wrapper never splits oddly.
        var lines = visible.Chunk(40).Select(chunk => string.Concat(chunk.Select(r => r.ToString())));
        var letter = LetterSamples.Refusal() with { Reasons = [new LetterReason("All characters", string.Join("\n", lines))] };
        var pdf = new PdfLetterRenderer().Render(letter);

        using var document = PdfDocument.Open(pdf);
        var drawn = document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value).ToHashSet(StringComparer.Ordinal);
        // A few characters share their glyph with another (Greek capital delta is the increment sign's glyph), and the
        // PDF's text map names only one of them: those must still be drawn, as a glyph of their own width.
        var missing = visible.Where(r => !drawn.Contains(r.ToString()) && !DrawnAlone(r)).Select(r => $"U+{r.Value:X4}").ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} accepted characters are not in the letter: {string.Join(" ", missing.Take(40))}");
    }

    /// <summary>The character between two brackets in a letter of its own comes out as one glyph with a width.</summary>
    private static bool DrawnAlone(Rune rune)
    {
        var letter = LetterSamples.Refusal() with { Reasons = [new LetterReason("One character", $"[{rune}]")] };
        using var document = PdfDocument.Open(new PdfLetterRenderer().Render(letter));
        foreach (var page in document.GetPages())
        {
            var letters = page.Letters.ToList();
            for (var i = 0; i + 2 < letters.Count; i++)
            {
                if (letters[i].Value == "[" && letters[i + 2].Value == "]")
                    return letters[i + 1].Value.Length > 0 && letters[i + 1].BoundingBox.Width > 0;
            }
        }
        return false;
    }

    [Theory]
    [InlineData("王")]
    [InlineData("🙂")]
    [InlineData("\u05D0")] // Hebrew alef: right-to-left, which the letter does not lay out
    [InlineData("\u0627")] // Arabic alef: joined script, which PDFsharp does not shape
    [InlineData("\u00AD")] // soft hyphen: no glyph
    public void Characters_the_letter_font_lacks_are_not_accepted(string text) =>
        Assert.NotNull(TextRules.Problem("Dr " + text, "Name of named user 1"));

    [Theory]
    [InlineData("Łukasz Wiśniewski")]
    [InlineData("Ελένη Παπαδοπούλου")]
    [InlineData("Дмитрий — «ученики»")]
    [InlineData("Zoë Ñúñez, O’Brien & Smith–Jones (2019/20) £5 €3 ½")]
    [InlineData("Line one\nLine two\twith a tab")]
    public void Latin_greek_and_cyrillic_text_is_accepted(string text) => Assert.Null(TextRules.Problem(text, "Project title"));
}
