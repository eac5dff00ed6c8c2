using BenchmarkDotNet.Attributes;
using ResearchRelease.Web.Letters;

namespace ResearchRelease.Benchmarks;

/// <summary>Rendering one approval letter, warm (fonts loaded, JIT done): the target is under 10 ms and 100 KB.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class LetterBenchmarks
{
    private readonly PdfLetterRenderer renderer = new();
    private readonly LetterContent approval = SampleLetters.Approval();

    [GlobalSetup]
    public void Warm() => renderer.Render(approval);

    [Benchmark]
    public byte[] ApprovalLetter() => renderer.Render(approval);
}
