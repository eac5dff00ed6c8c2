using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Applications;

/// <summary>
/// Writes an application's row in <c>applications</c> (the lists' read model) from its fold. An append knows whether the
/// row exists, since the first event writes it in the same transaction, so it writes without reading: every projected
/// column is set from the fold, never patched, so the row equals the fold even had it drifted. A rebuild reads first.
/// </summary>
public static class ApplicationRecordProjection
{
    public static async Task ProjectAsync(
        AppDbContext db,
        Guid id,
        ApplicationState before,
        ApplicationState state,
        IReadOnlyList<ApplicationEvent> events,
        DateTime now,
        CancellationToken ct
    )
    {
        // Tracked already when this unit of work appended to the application before.
        var record = db.Applications.Local.FindEntry(id)?.Entity;
        if (record is null)
        {
            record = new ApplicationRecord { Id = id, CreatedAt = now };
            if (before.Version == 0)
            {
                db.Applications.Add(record);
            }
            else
            {
                db.Applications.Attach(record);
                foreach (var column in db.Entry(record).Properties)
                    column.IsModified = !column.Metadata.IsPrimaryKey() && column.Metadata.Name != nameof(ApplicationRecord.CreatedAt);
            }
        }
        Fill(record, state, now);
        if (events.Any(e => e is ApplicationSubmitted))
            await ApplicationDataItems.ProjectAsync(db, id, state.SubmittedForm, firstSubmission: before.SubmittedForm is null, ct);
    }

    public static async Task RebuildAsync(AppDbContext db, Guid id, ApplicationState state, DateTime at, CancellationToken ct)
    {
        var record = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (record is null)
            db.Applications.Add(record = new ApplicationRecord { Id = id, CreatedAt = at });
        Fill(record, state, at);
        if (state.SubmittedForm is not null)
            await ApplicationDataItems.ProjectAsync(db, id, state.SubmittedForm, firstSubmission: false, ct);
    }

    private static void Fill(ApplicationRecord record, ApplicationState state, DateTime now)
    {
        var form = state.SubmittedForm ?? state.Form;
        record.Reference = state.Reference;
        record.OwnerSubject = state.OwnerSubject;
        record.Status = state.Status;
        record.Title = Truncate(state.Form.Project?.Title ?? form.Project?.Title, 500);
        record.OrganisationName = Truncate(state.Form.Organisation?.Name, 300);
        record.ApplicantName = Truncate(state.Form.Applicant?.Name, 300);
        record.Round = state.Round;
        record.Version = state.Version;
        record.Recommendation = state.Screening?.Overall;
        record.DecisionOutcome = state.Decision?.Outcome;
        record.UpdatedAt = now;
        record.SubmittedAt = state.SubmittedAt;
        record.DecidedAt = state.DecidedAt;
    }

    private static string Truncate(string? value, int max) =>
        string.IsNullOrEmpty(value) ? ""
        : value.Length <= max ? value
        : value[..max];
}
