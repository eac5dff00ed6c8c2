using System.Security.Cryptography;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.Decisions;
using ResearchRelease.Web.Letters;
using ResearchRelease.Web.Letters.Signing;

namespace ResearchRelease.Web.Features.Corrections;

/// <summary>
/// Issues a corrected letter: checks the request with the domain, renders and signs the new letter, then records
/// the <see cref="LetterCorrected"/> event and the new letter row in one transaction. The superseded row and its
/// file are not touched. Runs synchronously on the signer's request: no workflow step is involved, so
/// the engine's one-letter-per-round idempotency is unaffected.
/// </summary>
public sealed class LetterCorrector(
    ApplicationStore store,
    ILetterRenderer renderer,
    LetterSigner signer,
    LetterComposer composer,
    Deputies.DesignationService designations,
    TimeProvider clock
)
{
    /// <summary>What would be signed, without signing it (the review page).</summary>
    public async Task<CommandOutcome> PreviewAsync(ApplicationState state, Actor actor, CorrectionRequest request, CancellationToken ct) =>
        ApplicationDecider.CorrectLetter(state, actor, request, null, Today(), await designations.StandingOfAsync(actor, ct));

    public async Task<(ServiceResult Result, IssuedLetter? Letter)> CorrectAsync(
        Actor actor,
        Guid id,
        CorrectionRequest request,
        CancellationToken ct
    )
    {
        var loaded = await store.LoadAsync(id, ct);
        // A deputy's authority is read from the designation log now, as for a decision: a revocation counts at once.
        var designation = await designations.StandingOfAsync(actor, ct);
        var check = ApplicationDecider.CorrectLetter(loaded?.State, actor, request, null, Today(), designation);
        if (!check.Succeeded)
            return (ServiceResult.From(check), null);
        var state = loaded!.State;
        var preview = (LetterCorrected)check.Events[0];
        var old = state.Letters.SingleOrDefault(l => l.LetterId == request.SupersedesLetterId);
        if (old is null)
            return (ServiceResult.Changed, null);
        var sequence = state.Letters.Count(l => l.Round == old.Round) + 1;

        // The decision is unchanged, so the letter still shows when it was signed; the notice says who corrected it.
        var now = clock.GetUtcNow().UtcDateTime;
        var code = ReferenceGenerator.Random(10);
        var notice = new LetterCorrectionNotice(
            preview.SupersedesVerificationCode,
            DateOnly.FromDateTime(old.IssuedAt),
            preview.Reason,
            preview.Changes.Select(c => c.Field).Distinct().ToList(),
            $"{preview.SignatoryName}, {preview.SignatoryTitle}"
        );
        var content = composer.ComposeInForce(state, code, DateOnly.FromDateTime(now), preview.Details, notice);
        var pdf = signer.Sign(renderer.Render(content));
        var letter = new IssuedLetter
        {
            Id = Guid.NewGuid(),
            ApplicationId = id,
            Round = old.Round,
            Sequence = sequence,
            SupersedesLetterId = request.SupersedesLetterId,
            Kind = preview.Kind,
            Content = pdf,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)),
            VerificationCode = code,
            IssuedAt = now,
        };
        var outcome = ApplicationDecider.CorrectLetter(
            state,
            actor,
            request,
            new LetterFile(letter.Id, letter.Sha256, code),
            Today(),
            designation
        );
        if (!outcome.Succeeded)
            return (ServiceResult.From(outcome), null);
        // A concurrent correction loses on the event sequence or on UNIQUE(supersedes_letter_id): nothing of it is stored.
        var appended = await store.AppendAsync(id, state, outcome.Events, actor, alsoInsert: [letter], ct: ct);
        return appended.State is { } after ? (ServiceResult.Ok(after), letter) : (ServiceResult.Changed, null);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
