using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Benchmarks;

/// <summary>
/// One screening of a shared example application, warm: the cost the API, the check page and every submission
/// pay. docs/performance.md ("Screening") records the figure.
/// </summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private ApplicationForm eligible = null!;
    private ApplicationForm incomplete = null!;

    [Params("2009", "2013")]
    public string Ruleset { get; set; } = "2013";

    [GlobalSetup]
    public void Setup()
    {
        var cases = JsonDocument.Parse(File.ReadAllText(Locate())).RootElement;
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApplicationForm Case(string id) =>
            cases
                .EnumerateArray()
                .Single(c => c.GetProperty("id").GetString() == id)
                .GetProperty("application")
                .Deserialize<ApplicationForm>(options)!;
        eligible = Case("pub-01");
        incomplete = Case("pub-06");
    }

    [Benchmark(Baseline = true)]
    public ScreeningResult EligibleCase() =>
        RegulationTest.Screen(eligible, Domain.Screening.Ruleset.FromVersion(Ruleset), DataItemCatalogue.Default);

    [Benchmark]
    public ScreeningResult IncompleteCase() =>
        RegulationTest.Screen(incomplete, Domain.Screening.Ruleset.FromVersion(Ruleset), DataItemCatalogue.Default);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "examples", "screening-cases.json");
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException("shared/examples/screening-cases.json was not found above " + AppContext.BaseDirectory);
    }
}
