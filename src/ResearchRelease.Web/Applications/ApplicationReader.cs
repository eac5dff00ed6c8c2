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

    /// <summary>
    /// The Chief Statistician's queue, oldest submission first, one page at a time: counted and limited in the database.
    /// Each status waiting for a decision is read on its own stretch of the (status, submitted_at, reference) index and
    /// the two short pages merged here: one query over both statuses would read every waiting row to sort them.
    /// </summary>
    public async Task<ListPage<QueueEntry>> QueueAsync(ListCursor? after, int size, CancellationToken ct)
    {
        var total = await db.Applications.CountAsync(a => QueueStatuses.Contains(a.Status), ct);
        var rows = new List<QueueEntry>();
        foreach (var status in QueueStatuses)
            rows.AddRange(await QueueStretchAsync(status, after, size + 1, ct));
        // References share one format of capitals and digits, so ordinal order is the database's order too.
        rows = rows.OrderBy(q => q.SubmittedAt).ThenBy(q => q.Reference, StringComparer.Ordinal).Take(size + 1).ToList();
        return PageOf(rows, total, size, q => new ListCursor(q.SubmittedAt!.Value, q.Reference));
    }

    private static readonly ApplicationStatus[] QueueStatuses =
    [
        ApplicationStatus.AwaitingDecision,
        ApplicationStatus.ExtensionAwaitingDecision,
    ];

    private Task<List<QueueEntry>> QueueStretchAsync(ApplicationStatus status, ListCursor? after, int take, CancellationToken ct)
    {
        var awaiting = db.Applications.AsNoTracking().Where(a => a.Status == status);
        if (after is { } c)
        {
            awaiting = awaiting.Where(a => a.SubmittedAt > c.At || (a.SubmittedAt == c.At && string.Compare(a.Reference, c.Reference) > 0));
        }

        return awaiting
            .OrderBy(a => a.SubmittedAt)
            .ThenBy(a => a.Reference)
            .Take(take)
            .Select(a => new QueueEntry(
                a.Id,
                a.Reference,
                a.Title,
                a.OrganisationName,
                a.ApplicantName,
                a.Recommendation,
                a.SubmittedAt,
                a.Round,
                a.Status == ApplicationStatus.ExtensionAwaitingDecision
            ))
            .ToListAsync(ct);
    }

    /// <summary>Decided applications, latest decision first, one page at a time, on the (decided_at, reference) index.</summary>
    public async Task<ListPage<RegisterEntry>> DecisionsAsync(ListCursor? after, int size, CancellationToken ct)
    {
        var decided = db.Applications.AsNoTracking().Where(a => a.DecidedAt != null);
        var total = await decided.CountAsync(ct);
        if (after is { } c)
        {
            decided = decided.Where(a => a.DecidedAt < c.At || (a.DecidedAt == c.At && string.Compare(a.Reference, c.Reference) < 0));
        }

        var rows = await decided
            .OrderByDescending(a => a.DecidedAt)
            .ThenByDescending(a => a.Reference)
            .Take(size + 1)
            .Select(a => new RegisterEntry(
                a.Id,
                a.Reference,
                a.Title,
                a.OrganisationName,
                a.ApplicantName,
                a.Status.ToString(),
                a.DecisionOutcome,
                a.DecidedAt
            ))
            .ToListAsync(ct);
        return PageOf(rows, total, size, d => new ListCursor(d.DecidedAt!.Value, d.Reference));
    }

    /// <summary>One row more than the page is read: its presence says there is a next page.</summary>
    private static ListPage<T> PageOf<T>(List<T> rows, int total, int size, Func<T, ListCursor> cursorOf)
    {
        var more = rows.Count > size;
        var items = more ? rows.GetRange(0, size) : rows;
        return new ListPage<T>(items, total, more ? cursorOf(items[^1]).Encode() : null);
    }

    public Task<IssuedLetter?> LetterAsync(Guid applicationId, Guid letterId, CancellationToken ct) =>
        db.Letters.AsNoTracking().SingleOrDefaultAsync(l => l.ApplicationId == applicationId && l.Id == letterId, ct);

    /// <summary>Every letter issued for the application, oldest first, with its file.</summary>
    public Task<List<IssuedLetter>> LettersAsync(Guid applicationId, CancellationToken ct) =>
        db
            .Letters.AsNoTracking()
            .Where(l => l.ApplicationId == applicationId)
            .OrderBy(l => l.Round)
            .ThenBy(l => l.Sequence)
            .ToListAsync(ct);

    public static ApplicationView View(LoadedApplication loaded, Actor actor)
    {
        var s = loaded.State;
        var role = actor.Role == ActorRole.Researcher ? ActorRole.Researcher : actor.Role;
        return new ApplicationView(
            loaded.Id,
            s.Reference,
            s.Status.ToString(),
            StatusText.For(s.Status),
            s.Round,
            s.Version,
            s.Form,
            s.SubmittedForm,
            s.Screening,
            s.ReturnReasons,
            s.Decision is { } d
                ? new DecisionView(
                    d.Outcome,
                    d.Reasons,
                    d.Conditions,
                    d.EndDate,
                    d.ApprovedDataItems,
                    d.SignatoryName,
                    d.SignatoryTitle,
                    s.DecidedAt!.Value
                )
                : null,
            s.Letter is { } l ? new LetterView(l.Kind, LetterHistory.Url(loaded.Id, l.LetterId), l.Sha256, l.VerificationCode) : null,
            PermissionTable.CommandsFor(s.Status, role).Select(c => c.ToString()).ToList(),
            Timeline(loaded),
            LetterHistory.From(loaded),
            ReleaseViews.For(loaded)
        );
    }

    public static IReadOnlyList<TimelineEntry> Timeline(LoadedApplication loaded) =>
        loaded
            .Rows.Select(r => new TimelineEntry(r.Sequence, r.Type, r.ActorName, r.ActorRole, r.OccurredAt, r.Hash, r.PreviousHash))
            .ToList();
}
