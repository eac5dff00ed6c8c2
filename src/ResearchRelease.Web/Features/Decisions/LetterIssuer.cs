using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Letters;
using ResearchRelease.Web.Letters.Signing;

namespace ResearchRelease.Web.Features.Decisions;

/// <summary>
/// Issues the decision letter once. The PDF, its SHA-256 and the <see cref="LetterIssued"/> event are
/// written in one transaction; a second attempt for the same round hits UNIQUE(application_id, round, sequence)
/// and finds the first letter instead. Letters are never regenerated in place.
/// </summary>
public sealed class LetterIssuer(
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
        if (state.Letters.Any(l => l.Round == round))
            return "issued";
        if (await db.Letters.AnyAsync(l => l.ApplicationId == loaded.Id && l.Round == round, ct))
            return "issued";
        var decision =
            state.Decision is { } d && d.Round == round
                ? d
                : throw new InvalidOperationException($"Application {state.Reference} has no decision for round {round}.");

        var code = ReferenceGenerator.Random(10);
        var content = composer.Compose(
            state,
            decision,
            LetterComposer.SignedAt(state, decision),
            code,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)
        );
        // Signed (where a certificate is configured) before hashing: the recorded SHA-256 is of the file as sent.
        var pdf = signer.Sign(renderer.Render(content));
        var letter = new IssuedLetter
        {
            Id = Guid.NewGuid(),
            ApplicationId = loaded.Id,
            Round = round,
            Sequence = IssuedLetter.FirstSequence,
            Kind = content.Kind.ToString().ToLowerInvariant(),
            Content = pdf,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)),
            VerificationCode = code,
            IssuedAt = clock.GetUtcNow().UtcDateTime,
        };
        var outcome = ApplicationDecider.RecordLetter(state, new LetterIssued(round, letter.Kind, letter.Id, letter.Sha256, code));
        if (!outcome.Succeeded)
            throw new InvalidOperationException(outcome.Message);

        var result = await store.AppendAsync(loaded.Id, state, outcome.Events, Actor.Workflow, alsoInsert: [letter], ct: ct);
        if (result == AppendResult.Conflict && !await db.Letters.AnyAsync(l => l.ApplicationId == loaded.Id && l.Round == round, ct))
            throw new InvalidOperationException("The letter could not be recorded; the step will be retried.");
        return "issued";
    }
}
