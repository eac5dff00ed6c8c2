using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Applications;

/// <summary>The reasons a researcher is shown when screening sends an application back.</summary>
public static class ScreeningReasons
{
    public static IReadOnlyList<string> ForResearcher(ScreeningResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Findings.Count > 0)
        {
            // Blocking findings first (they decide), then what is missing; judgement and notes are for the Chief Statistician.
            return result
                .Findings.Where(f => f.Severity == FindingSeverities.Blocks)
                .Select(f => $"{ScreeningParts.DisplayName(f.Part)}: {f.Reason}")
                .Concat(result.Findings.Where(f => f.Severity == FindingSeverities.Missing).Select(f => $"Missing: {f.Reason}"))
                .ToList();
        }

        // Results stored before findings were recorded.
        var reasons = new List<string>();
        reasons.AddRange(result.Completeness.Missing.Select(m => $"Missing: {m}"));
        foreach (
            var (name, limb) in new[]
            {
                ("Purpose", result.Purpose),
                ("Necessity", result.Necessity),
                ("DfE conditions", result.Conditions),
            }
        )
        {
            if (limb.Outcome == Outcomes.NotMet)
            {
                reasons.AddRange(limb.Reasons.Select(r => $"{name}: {r}"));
            }
        }

        return reasons;
    }
}
