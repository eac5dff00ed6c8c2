using System.Text.RegularExpressions;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// Words a person can read: no reason shown to a researcher, the Chief Statistician or in a letter carries a field
/// path, a code or a snake_case value. Machine paths live only in the evidence.
/// </summary>
public partial class PlainWordsTests
{
    // snake_case codes (ks2_results, not_required), camelCase names (laySummary), dotted or indexed paths.
    [GeneratedRegex(@"\b[a-z]+_[a-z0-9_]+\b|\b[a-z]+[A-Z][a-zA-Z]*\b|\b[a-z]+\.[a-z]+|\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex Machine();

    public static TheoryData<string> Sets() => ["shared", "own"];

    [Theory]
    [MemberData(nameof(Sets))]
    public void No_reason_shows_a_field_path_or_code(string set)
    {
        var cases = set == "shared" ? SharedExamples.Cases : OwnCases.Cases;
        foreach (var c in cases)
        {
            foreach (var ruleset in Ruleset.All)
            {
                var r = RegulationTest.Screen(
                    c.Application,
                    ruleset,
                    DataItemCatalogue.Default,
                    ScreeningPolicy.Default,
                    OwnCases.SubmittedOn
                );
                var texts = r
                    .Findings.Select(f => f.Reason)
                    .Concat(new[] { r.Purpose, r.Necessity, r.Conditions }.SelectMany(l => l.Reasons))
                    .Concat(r.Completeness.Missing)
                    .Concat(r.Considerations)
                    .Concat(r.DataItems.SelectMany(i => i.Findings));
                foreach (var text in texts)
                {
                    var match = Machine().Match(text);
                    Assert.False(match.Success, $"{c.Id}/{ruleset}: \"{match.Value}\" in: {text}");
                }

                Assert.All(r.Findings, f => Assert.NotEmpty(f.Evidence));
            }
        }
    }
}
