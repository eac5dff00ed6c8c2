using ResearchRelease.Web.Letters;

namespace ResearchRelease.Web.Tests.Letters;

public sealed class RendererContractTests
{
    private readonly PdfLetterRenderer renderer = new();

    [Fact]
    public void Is_safe_to_use_from_several_threads()
    {
        var letters = new[] { LetterSamples.Approval(), LetterSamples.Refusal(), LetterSamples.NonLatin(), LetterSamples.Long() };
        var expected = letters.Select(l => PdfText.All(renderer.Render(l))).ToArray();

        var results = new string[24];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = PdfText.All(renderer.Render(letters[i % letters.Length]))
        );

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % letters.Length], results[i]);
        }
    }

    [Fact]
    public void Rejects_a_letter_without_a_reference() =>
        Assert.Throws<ArgumentException>(() => renderer.Render(LetterSamples.Approval() with { Reference = " " }));

    [Fact]
    public void Rejects_a_verification_url_too_long_for_a_readable_qr_code() =>
        Assert.Throws<ArgumentException>(() =>
            renderer.Render(
                LetterSamples.Approval() with
                {
                    VerificationUrl = "https://example.gov.uk/" + new string('a', PdfLetterRenderer.MaxVerificationUrlLength),
                }
            )
        );

    [Fact]
    public void Prints_an_approval_without_optional_sections()
    {
        var letter = LetterSamples.Approval() with
        {
            AddresseeJobTitle = null,
            DataItems = [],
            Cohorts = [],
            AccessRoute = null,
            Conditions = [],
            EndDate = null,
        };

        var text = PdfText.All(renderer.Render(letter));

        Assert.Contains("approved with conditions", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Data approved", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1", text, StringComparison.Ordinal);
    }
}
