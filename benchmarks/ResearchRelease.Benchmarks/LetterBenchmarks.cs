using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using ResearchRelease.Web.Letters;
using ResearchRelease.Web.Letters.Signing;

namespace ResearchRelease.Benchmarks;

/// <summary>Rendering one approval letter, warm (fonts loaded, JIT done): the target is under 10 ms and 100 KB.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class LetterBenchmarks : IDisposable
{
    private readonly PdfLetterRenderer renderer = new();
    private readonly LetterContent approval = SampleLetters.Approval();

    private readonly LetterSigner signer = new(
        Options.Create(new LetterSigningOptions()),
        new HostingEnvironment { EnvironmentName = Environments.Development }
    );

    [GlobalSetup]
    public void Warm() => signer.Sign(renderer.Render(approval));

    [GlobalCleanup]
    public void Dispose()
    {
        signer.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public byte[] ApprovalLetter() => renderer.Render(approval);

    /// <summary>As issued in development: rendered, then signed with an RSA-2048 certificate.</summary>
    [Benchmark]
    public byte[] SignedApprovalLetter() => signer.Sign(renderer.Render(approval));
}
