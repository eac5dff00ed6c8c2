using ResearchRelease.Web.Letters;
using ResearchRelease.Web.Letters.Tagged;
using Xunit.Abstractions;

namespace ResearchRelease.Web.Tests.Letters;

public sealed class TaggedLetterTests(ITestOutputHelper output)
{
    private readonly PdfLetterRenderer renderer = new();

    [Fact]
    public void Dump()
    {
        var tagged = TaggedPdfReader.Read(renderer.Render(LetterSamples.Corrected()));
        output.WriteLine(TaggedStructureDump.Indented(tagged));
    }
}
