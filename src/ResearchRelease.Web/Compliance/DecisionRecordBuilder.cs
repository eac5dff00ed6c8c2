using System.Text.Json;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Compliance;

public sealed class DecisionRecordBuilder(ApplicationReader reader, ApplicationStore store, Deputies.DesignationStore designations, TimeProvider clock)
{
    public async Task<DecisionRecord?> BuildAsync(string reference, CancellationToken ct)
    {
        var id = await reader.FindIdByReferenceAsync(reference, ct);
        var loaded = id is { } found ? await store.LoadAsync(found, ct) : null;
        if (loaded is null) return null;

        var view = ApplicationReader.View(loaded, new Actor("system:record", "record", null, ActorRole.ComplianceOfficer));
        var letter = await reader.LetterAsync(loaded.Id, ct);
        var deputy = loaded.State.Decision?.DeputyDesignationId is { } designationId
            ? (await designations.DesignationsAsync(ct)).FirstOrDefault(d => d.Id == designationId)
            : null;
        return new DecisionRecord(
            loaded.State.Reference, loaded.Id, loaded.State.Status.ToString(), clock.GetUtcNow().UtcDateTime,
            loaded.State.SubmittedForm, loaded.State.Screening, view.Decision,
            letter is null ? null : new RecordLetter(letter.Kind, letter.Sha256, letter.VerificationCode, letter.IssuedAt, Convert.ToBase64String(letter.Content)),
            loaded.Rows.Select(r => new RecordEvent(r.Sequence, r.Type, r.ActorSubject, r.ActorName, r.ActorRole, r.OccurredAt,
                JsonDocument.Parse(r.Payload).RootElement.Clone(), r.PreviousHash, r.Hash)).ToList())
        {
            DeputyDesignation = deputy,
        };
    }
}
