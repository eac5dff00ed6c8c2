using ResearchRelease.Web.Letters;
using UglyToad.PdfPig;

namespace ResearchRelease.Web.Tests.Letters;

public sealed class NonLatinNameTests
{
    private static readonly LetterContent Letter = LetterSamples.NonLatin();
    private static readonly byte[] Pdf = new PdfLetterRenderer().Render(Letter);
    private static readonly string Text = PdfText.All(Pdf);

    [Theory]
    [InlineData("Dear Łukasz Wiśniewski,")]
    [InlineData("Badacz, Wydział Pedagogiczny")]
    [InlineData("Πανεπιστήμιο Αθηνών (University of Athens)")]
    [InlineData("Ελένη Παπαδοπούλου")]
    [InlineData("Ученики ключевого этапа 2 (Key stage 2), 2019/20")]
    public void Round_trips(string expected) => Assert.Contains(expected, Text, StringComparison.Ordinal);

    [Fact]
    public void Round_trips_in_the_metadata()
    {
        var pdf = new PdfLetterRenderer().Render(Letter with { ProjectTitle = "Πρόοδος μαθητών — Łódź" });
        using var document = PdfDocument.Open(pdf);
        Assert.Equal("Decision on your application: Πρόοδος μαθητών — Łódź", document.Information.Subject);
    }
}
