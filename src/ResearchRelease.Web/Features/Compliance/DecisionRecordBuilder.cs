using System.Text.Json;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Features.Compliance;

public sealed class DecisionRecordBuilder(
    ApplicationReader reader,
    ApplicationStore store,
    Deputies.DesignationStore designations,
    TimeProvider clock
)
{
    public async Task<DecisionRecord?> BuildAsync(string reference, CancellationToken ct)
    {
        var id = await reader.FindIdByReferenceAsync(reference, ct);
        var loaded = id is { } found ? await store.LoadAsync(found, ct) : null;
        if (loaded is null)
            return null;

        var view = ApplicationReader.View(loaded, new Actor("system:record", "record", null, ActorRole.ComplianceOfficer));
        var deputy = loaded.State.Decision?.DeputyDesignationId is { } designationId
            ? (await designations.DesignationsAsync(ct)).FirstOrDefault(d => d.Id == designationId)
            : null;
        var history = view.Letters.ToDictionary(l => l.LetterId);
        var letters = (await reader.LettersAsync(loaded.Id, ct))
            .Select(l =>
            {
                history.TryGetValue(l.Id, out var entry);
                return new RecordLetter(
                    l.Kind,
                    l.Sha256,
                    l.VerificationCode,
                    l.IssuedAt,
                    Convert.ToBase64String(l.Content),
                    l.Id,
                    l.Round,
                    l.Sequence,
                    entry?.SupersedesVerificationCode,
                    entry?.SupersededByVerificationCode,
                    entry?.CorrectionReason,
                    entry?.InForce ?? false
                );
            })
            .ToList();
        return new DecisionRecord(
            loaded.State.Reference,
            loaded.Id,
            loaded.State.Status.ToString(),
            clock.GetUtcNow().UtcDateTime,
            loaded.State.SubmittedForm,
            loaded.State.Screening,
            view.Decision,
            letters.LastOrDefault(l => l.InForce),
            loaded
                .Rows.Select(r => new RecordEvent(
                    r.Sequence,
                    r.Type,
                    r.ActorSubject,
                    r.ActorName,
                    r.ActorRole,
                    r.OccurredAt,
                    JsonDocument.Parse(r.Payload).RootElement.Clone(),
                    r.PreviousHash,
                    r.Hash
                ))
                .ToList(),
            letters
        )
        {
            DeputyDesignation = deputy,
        };
    }
}
