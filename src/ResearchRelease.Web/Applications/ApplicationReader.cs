using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Applications;

/// <summary>Read-side queries over the projections and event streams, for the API and the pages alike.</summary>
public sealed class ApplicationReader(AppDbContext db, ApplicationStore store)
{
    public async Task<LoadedApplication?> FindReadableAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var loaded = await store.LoadAsync(id, ct);
        return loaded is not null && ApplicationAccess.CanRead(actor, loaded.State) ? loaded : null;
    }

    public async Task<Guid?> FindIdByReferenceAsync(string reference, CancellationToken ct) =>
        await db.Applications.Where(a => a.Reference == reference).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(ct);

    public Task<List<ApplicationRecord>> ForOwnerAsync(string subject, CancellationToken ct) =>
        db.Applications.AsNoTracking().Where(a => a.OwnerSubject == subject).OrderByDescending(a => a.UpdatedAt).ToListAsync(ct);

    public async Task<List<QueueEntry>> QueueAsync(CancellationToken ct) =>
        (await db.Applications.AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.AwaitingDecision || a.Status == ApplicationStatus.ExtensionAwaitingDecision)
            .ToListAsync(ct))
        .OrderBy(a => a.SubmittedAt)
        .Select(a => new QueueEntry(a.Id, a.Reference, a.Title, a.OrganisationName, a.ApplicantName, a.Recommendation, a.SubmittedAt, a.Round,
            a.Status == ApplicationStatus.ExtensionAwaitingDecision))
        .ToList();

    public async Task<List<RegisterEntry>> DecisionsAsync(CancellationToken ct) =>
        (await db.Applications.AsNoTracking().Where(a => a.DecidedAt != null).ToListAsync(ct))
        .OrderByDescending(a => a.DecidedAt)
        .Select(a => new RegisterEntry(a.Id, a.Reference, a.Title, a.OrganisationName, a.ApplicantName, a.Status.ToString(), a.DecisionOutcome, a.DecidedAt))
        .ToList();

    public Task<IssuedLetter?> LetterAsync(Guid applicationId, Guid letterId, CancellationToken ct) =>
        db.Letters.AsNoTracking().SingleOrDefaultAsync(l => l.ApplicationId == applicationId && l.Id == letterId, ct);

    /// <summary>Every letter issued for the application, oldest first, with its file.</summary>
    public Task<List<IssuedLetter>> LettersAsync(Guid applicationId, CancellationToken ct) =>
        db.Letters.AsNoTracking().Where(l => l.ApplicationId == applicationId).OrderBy(l => l.Round).ThenBy(l => l.Sequence).ToListAsync(ct);

    public static ApplicationView View(LoadedApplication loaded, Actor actor)
    {
        var s = loaded.State;
        var role = actor.Role == ActorRole.Researcher ? ActorRole.Researcher : actor.Role;
        return new ApplicationView(
            loaded.Id, s.Reference, s.Status.ToString(), StatusText.For(s.Status), s.Round, s.Version, s.Form, s.SubmittedForm, s.Screening,
            s.ReturnReasons,
            s.Decision is { } d ? new DecisionView(d.Outcome, d.Reasons, d.Conditions, d.EndDate, d.ApprovedDataItems, d.SignatoryName, d.SignatoryTitle, s.DecidedAt!.Value) : null,
            s.Letter is { } l ? new LetterView(l.Kind, LetterHistory.Url(loaded.Id, l.LetterId), l.Sha256, l.VerificationCode) : null,
            PermissionTable.CommandsFor(s.Status, role).Select(c => c.ToString()).ToList(),
            Timeline(loaded),
            LetterHistory.From(loaded),
            ReleaseViews.For(loaded));
    }

    public static IReadOnlyList<TimelineEntry> Timeline(LoadedApplication loaded) =>
        loaded.Rows.Select(r => new TimelineEntry(r.Sequence, r.Type, r.ActorName, r.ActorRole, r.OccurredAt, r.Hash, r.PreviousHash)).ToList();
}
