using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Features.Screening;

/// <summary>
/// Every approved release that has not reached its end date, screened again under the policy in force now, beside the
/// result it was decided on. Read-only: a new policy never changes a decision by itself (docs/screening.md,
/// principle 9); it shows which releases the Chief Statistician may want to look at again, and why.
/// </summary>
public sealed class Rescreening(AppDbContext db, ApplicationStore store, ScreeningService screening)
{
    public async Task<IReadOnlyList<RescreenedRelease>> ListAsync(CancellationToken ct)
    {
        var ids = await db
            .PublicRegister.AsNoTracking()
            .Where(r => !r.Ended)
            .OrderByDescending(r => r.DecidedAt)
            .Select(r => r.ApplicationId)
            .ToListAsync(ct);
        var releases = new List<RescreenedRelease>();
        foreach (var id in ids)
        {
            var state = (await store.LoadAsync(id, ct))?.State;
            if (state?.Screening is not { } then || state.SubmittedForm is not { } form || state.SubmittedOn is not { } on)
                continue;
            var now = screening.Screen(form, on);
            releases.Add(
                new RescreenedRelease(
                    id,
                    state.Reference,
                    LetterDetails.Current(state).ProjectTitle,
                    state.EndDate,
                    then,
                    now,
                    Differences(then, now)
                )
            );
        }
        return releases;
    }

    /// <summary>What the new result says that the old one did not, and what it no longer says, in the findings' own words.</summary>
    public static IReadOnlyList<string> Differences(ScreeningResult then, ScreeningResult now)
    {
        var before = then.Findings.Select(Key).ToHashSet(StringComparer.Ordinal);
        var after = now.Findings.Select(Key).ToHashSet(StringComparer.Ordinal);
        var differences = new List<string>();
        if (then.Overall != now.Overall)
            differences.Add(
                $"The recommendation would now be {DisplayNames.For(now.Overall).ToLowerInvariant()}, "
                    + $"not {DisplayNames.For(then.Overall).ToLowerInvariant()}."
            );
        differences.AddRange(
            now.Findings.Where(f => !before.Contains(Key(f)))
                .Select(f => $"New ({DisplayNames.For(f.Severity).ToLowerInvariant()}): {f.Reason}")
        );
        differences.AddRange(
            then.Findings.Where(f => !after.Contains(Key(f)))
                .Select(f => $"No longer found ({DisplayNames.For(f.Severity).ToLowerInvariant()}): {f.Reason}")
        );
        return differences;
    }

    private static string Key(ScreeningFinding f) => $"{f.Part}|{f.Severity}|{f.Rule}|{f.Reason}";
}

/// <summary>One live release screened again: the result it was decided on, the result now, and the differences in words.</summary>
public sealed record RescreenedRelease(
    Guid Id,
    string Reference,
    string ProjectTitle,
    DateOnly? EndDate,
    ScreeningResult Then,
    ScreeningResult Now,
    IReadOnlyList<string> Differences
);
