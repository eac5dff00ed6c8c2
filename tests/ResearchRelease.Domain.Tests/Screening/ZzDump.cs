using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Tests.Screening;

public class ZzDump
{
    [Fact]
    public void Dump()
    {
        var lines = new List<string>();
        foreach (var c in SharedExamples.Cases)
        {
            foreach (var v in new[] { "2009", "2013" })
            {
                var r = RegulationTest.Screen(c.Application, Ruleset.FromVersion(v), DataItemCatalogue.Default, ScreeningPolicy.Default, SharedExamples.SubmittedOn);
                lines.Add($"== {c.Id} {v}: {r.Overall} (P {r.Purpose.Outcome}, N {r.Necessity.Outcome}, C {r.Conditions.Outcome})");
                lines.AddRange(r.Findings.Select(f => $"   [{f.Part}/{f.Severity}/{f.Rule}] {f.Reason}  <{string.Join(",", f.Evidence)}>"));
            }
        }
        File.WriteAllLines("/tmp/wt-examples.txt", lines);
    }
}
