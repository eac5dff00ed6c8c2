using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Deputies;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Features.Deputies;

/// <summary>Designate and revoke, shared by the pages and the API: load the log → decide (pure domain) → append.</summary>
public sealed class DesignationService(DesignationStore store)
{
    public Task<DesignationOutcome> DesignateAsync(Actor actor, DesignationRequest request, CancellationToken ct) =>
        RunAsync(actor, (existing, today) => DesignationRules.Designate(existing, actor, request, Guid.NewGuid(), today), ct);

    public Task<DesignationOutcome> RevokeAsync(Actor actor, Guid designationId, string? reason, CancellationToken ct) =>
        RunAsync(actor, (existing, today) => DesignationRules.Revoke(existing, actor, designationId, reason, today), ct);

    /// <summary>For a deputy: the designation that explains their standing today (in force, else their latest); for anyone else none.</summary>
    public async Task<DeputyDesignation?> StandingOfAsync(Actor actor, CancellationToken ct) =>
        actor.Role == ActorRole.DeputyChiefStatistician
            ? DesignationLog.LatestFor(await store.DesignationsAsync(ct), actor.Subject, store.Today())
            : null;

    private async Task<DesignationOutcome> RunAsync(
        Actor actor,
        Func<IReadOnlyList<DeputyDesignation>, DateOnly, DesignationOutcome> decide,
        CancellationToken ct
    )
    {
        var rows = await store.RowsAsync(ct);
        var outcome = decide(DesignationStore.Fold(rows), store.Today());
        if (!outcome.Succeeded)
            return outcome;
        var last = rows.Count == 0 ? 0 : rows[^1].Sequence;
        var previous = rows.Count == 0 ? EventHasher.Genesis : rows[^1].Hash;
        return await store.AppendAsync(outcome.Event!, actor, last, previous, ct)
            ? outcome
            : DesignationOutcome.Fail(
                CommandFailure.Conflict,
                "The designations changed while you were working. Check them and try again."
            );
    }
}
