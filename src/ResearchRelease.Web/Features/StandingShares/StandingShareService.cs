using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.StandingShares;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Catalogue;
using ResearchRelease.Web.Features.Deputies;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>Compliance's and the Chief Statistician's standing share commands, shared by pages and API: load → decide (pure) → append.</summary>
public sealed class StandingShareService(
    StandingShareStore store,
    CatalogueCache catalogue,
    DesignationService designations,
    TimeProvider clock
)
{
    public async Task<ShareResult> CreateAsync(Actor actor, ShareTerms terms, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var id = Guid.NewGuid();
            var outcome = StandingShareDecider.Draft(actor, $"SS-{clock.GetUtcNow().Year}-{ReferenceGenerator.Random(6)}", terms);
            if (!outcome.Succeeded)
                return ShareResult.From(outcome);
            if (await store.AppendAsync(id, StandingShareState.Empty, outcome.Events, actor, ct) is { } state)
                return ShareResult.Ok(id, state);
        }
        throw new InvalidOperationException("Could not allocate a unique standing share reference.");
    }

    public Task<ShareResult> UpdateTermsAsync(Actor actor, Guid id, ShareTerms terms, int? version, CancellationToken ct) =>
        RunAsync(id, actor, s => StandingShareDecider.UpdateTerms(s, actor, terms, version), ct);

    public Task<ShareResult> SubmitAsync(Actor actor, Guid id, int? version, CancellationToken ct)
    {
        var known = catalogue.Current.Active.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        return RunAsync(id, actor, s => StandingShareDecider.Submit(s, actor, known, Today(), version), ct);
    }

    public Task<ShareResult> ProposeRenewalAsync(Actor actor, Guid id, ShareTerms terms, int? version, CancellationToken ct) =>
        RunAsync(id, actor, s => StandingShareDecider.ProposeRenewal(s, actor, terms, version), ct);

    /// <summary>A deputy's authority is read from the designation log now, as for applications: a revocation counts at once.</summary>
    public async Task<ShareResult> DecideAsync(Actor actor, Guid id, string? outcome, string? reasons, int? version, CancellationToken ct)
    {
        var designation = await designations.StandingOfAsync(actor, ct);
        return await RunAsync(id, actor, s => StandingShareDecider.Decide(s, actor, outcome, reasons, Today(), designation, version), ct);
    }

    /// <summary>The same decision checked by the same rule, recording nothing: for the page that asks to check it before signing.</summary>
    public async Task<ShareResult> CheckDecisionAsync(
        Actor actor,
        Guid id,
        string? outcome,
        string? reasons,
        int? version,
        CancellationToken ct
    )
    {
        var designation = await designations.StandingOfAsync(actor, ct);
        var loaded = await store.LoadAsync(id, ct);
        var checkedOutcome = StandingShareDecider.Decide(loaded?.State, actor, outcome, reasons, Today(), designation, version);
        return checkedOutcome.Succeeded ? ShareResult.Ok(id, loaded!.State) : ShareResult.From(checkedOutcome);
    }

    public DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task<ShareResult> RunAsync(Guid id, Actor actor, Func<StandingShareState?, ShareOutcome> decide, CancellationToken ct)
    {
        var loaded = await store.LoadAsync(id, ct);
        var outcome = decide(loaded?.State);
        if (!outcome.Succeeded)
            return ShareResult.From(outcome);
        return await store.AppendAsync(id, loaded!.State, outcome.Events, actor, ct) is { } after
            ? ShareResult.Ok(id, after)
            : ShareResult.Changed;
    }
}
