using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Applications;

/// <summary>The reasons a researcher is shown when screening sends an application back.</summary>
public static class ScreeningReasons
{
    public static IReadOnlyList<string> ForResearcher(ScreeningResult result)
    {
        var reasons = new List<string>();
        reasons.AddRange(result.Completeness.Missing.Select(m => $"Missing: {m}"));
        foreach (var (name, limb) in new[] { ("Purpose", result.Purpose), ("Necessity", result.Necessity), ("DfE conditions", result.Conditions) })
        {
            if (limb.Outcome == Outcomes.NotMet)
                reasons.AddRange(limb.Reasons.Select(r => $"{name}: {r}"));
        }
        return reasons;
    }
}
