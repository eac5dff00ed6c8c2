using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.Decisions;
using ResearchRelease.Web.Letters;
using ResearchRelease.Web.Letters.Signing;

namespace ResearchRelease.Web.Features.Lifecycle;

/// <summary>
/// Issues the letter for an extension round: an amendment of the original approval (new end date, the conditions
/// restated with it) or a refusal (the release continues to its original end date). One letter per (application,
/// round), exactly as decision letters: UNIQUE(application_id, round) makes a repeated step find the first one.
/// </summary>
public sealed class ExtensionLetterIssuer(
    AppDbContext db,
    ApplicationStore store,
    ILetterRenderer renderer,
    LetterSigner signer,
    LetterComposer composer,
    TimeProvider clock
)
{
    public async Task<string> IssueAsync(LoadedApplication loaded, int round, CancellationToken ct)
    {
        var state = loaded.State;
        if (state.ExtensionLetters.Any(l => l.Round == round))
            return "issued";
        if (await db.Letters.AnyAsync(l => l.ApplicationId == loaded.Id && l.Round == round, ct))
            return "issued";
        var decision = state.ExtensionDecisions.LastOrDefault(d => d.Round == round)
            ?? throw new InvalidOperationException($"Application {state.Reference} has no extension decision for round {round}.");
        var request = state.Extensions.Last(x => x.Round == round);

        var code = ReferenceGenerator.Random(10);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var content = ExtensionLetters.Amend(
            composer.Compose(state, decision, LetterComposer.SignedAt(state, decision), code, today),
            state,
            decision,
            request
        );
        var pdf = signer.Sign(renderer.Render(content));
        var kind = decision.Outcome == DecisionOutcomes.Approve ? ExtensionLetterKinds.Approval : ExtensionLetterKinds.Refusal;
        var letter = new IssuedLetter
        {
            Id = Guid.NewGuid(),
            ApplicationId = loaded.Id,
            Round = round,
            Kind = kind,
            Content = pdf,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)),
            VerificationCode = code,
            IssuedAt = clock.GetUtcNow().UtcDateTime,
        };
        var outcome = ApplicationDecider.RecordLetter(state, new LetterIssued(round, kind, letter.Id, letter.Sha256, code));
        if (!outcome.Succeeded)
            throw new InvalidOperationException(outcome.Message);
        var result = await store.AppendAsync(loaded.Id, state, outcome.Events, Actor.Workflow, alsoInsert: [letter], ct: ct);
        if (result == AppendResult.Conflict && !await db.Letters.AnyAsync(l => l.ApplicationId == loaded.Id && l.Round == round, ct))
            throw new InvalidOperationException("The letter could not be recorded; the step will be retried.");
        return "issued";
    }
}
