using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ResearchRelease.Web.Letters.Pdf;

namespace ResearchRelease.Web.Tests.Letters;

public sealed class TextWrapperTests : IDisposable
{
    private readonly PdfDocument document = new();
    private readonly XGraphics gfx;
    private readonly XFont font = new LetterStyles().Body.Font;

    public TextWrapperTests() => gfx = XGraphics.FromPdfPage(document.AddPage());

    [Theory]
    [InlineData("The data must not be used to support measures or decisions about particular individuals.", 120)]
    [InlineData("Łukasz Wiśniewski and Ελένη Παπαδοπούλου with Дмитрий Иванов", 90)]
    [InlineData("https://research-release.education.gov.uk/verify/7KQ2-M9XD-AAAA-BBBB-CCCC-DDDD", 100)]
    public void Keeps_every_line_within_the_width_and_loses_no_text(string text, double width)
    {
        var lines = TextWrapper.Wrap(gfx, text, font, width);

        Assert.All(lines, l => Assert.True(gfx.MeasureString(l, font).Width <= width + 0.05, $"'{l}' is too wide"));
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Breaks_a_word_wider_than_the_column()
    {
        var lines = TextWrapper.Wrap(gfx, "short Pneumonoultramicroscopicsilicovolcanoconiosis end", font, 60);

        Assert.True(lines.Count >= 4);
        Assert.Equal("short", lines[0]);
        Assert.Equal("end", lines[^1].Split(' ')[^1]);
    }

    [Fact]
    public void Keeps_explicit_line_breaks_and_drops_control_characters()
    {
        var lines = TextWrapper.Wrap(gfx, "First line\r\nSecond\tline\u0007", font, 400);

        Assert.Equal(["First line", "Second line"], lines);
    }

    [Fact]
    public void Never_splits_a_surrogate_pair()
    {
        var lines = TextWrapper.Wrap(gfx, string.Concat(Enumerable.Repeat("\U0001D49C", 40)), font, 30);

        Assert.All(lines, l => Assert.False(char.IsHighSurrogate(l[^1])));
    }

    public void Dispose()
    {
        gfx.Dispose();
        document.Dispose();
    }
}
