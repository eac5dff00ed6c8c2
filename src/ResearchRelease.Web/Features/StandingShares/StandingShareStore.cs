using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.StandingShares;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Audit;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Notifications;
using ResearchRelease.Web.Process;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>
/// Loads a standing share by folding its events and appends new ones with the staff list row and the public register
/// row in one transaction, exactly as <see cref="ApplicationStore"/> does for applications: UNIQUE(share_id, sequence)
/// refuses a stale append, and each event is chained to the one before with the audit key (ADR 0015).
/// </summary>
public sealed class StandingShareStore(
    AppDbContext db,
    TimeProvider clock,
    AuditKey auditKey,
    ShareNotifications notifications,
    NotificationPlanner planner,
    OutboxDispatcher dispatcher
)
{
    public async Task<LoadedShare?> LoadAsync(Guid id, CancellationToken ct)
    {
        var rows = await db.ShareEvents.AsNoTracking().Where(e => e.ShareId == id).OrderBy(e => e.Sequence).ToListAsync(ct);
        return rows.Count == 0 ? null : new LoadedShare(id, Fold(rows), rows);
    }

    public static StandingShareState Fold(IEnumerable<StoredShareEvent> rows) =>
        StandingShareState.Fold(
            rows.Select(r => new RecordedShareEvent(
                ShareEventSerializer.Deserialize(r.Type, r.Payload),
                r.OccurredAt,
                r.ActorSubject,
                r.ActorName
            ))
        );

    /// <summary>Appends the events; null when another writer appended first (the caller reloads and decides again).</summary>
    public async Task<StandingShareState?> AppendAsync(
        Guid id,
        StandingShareState current,
        IReadOnlyList<StandingShareEvent> events,
        Actor actor,
        CancellationToken ct
    )
    {
        if (events.Count == 0)
            return current;
        // Whole microseconds: PostgreSQL keeps no finer, and the hash must cover exactly the value stored.
        var ticks = clock.GetUtcNow().UtcDateTime.Ticks;
        var now = new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
        var previous =
            current.Version == 0
                ? EventHasher.Genesis
                : await db.ShareEvents.Where(e => e.ShareId == id && e.Sequence == current.Version).Select(e => e.Hash).SingleAsync(ct);
        var state = current;
        var emails = 0;
        foreach (var e in events)
        {
            state = state.Apply(new RecordedShareEvent(e, now, actor.Subject, actor.Name));
            foreach (var email in notifications.Plan(id, state.Version, e, state, now))
            {
                db.Notifications.Add(email);
                emails++;
            }
            var row = new StoredShareEvent
            {
                ShareId = id,
                Sequence = state.Version,
                Type = e.Type,
                Payload = ShareEventSerializer.Serialize(e),
                ActorSubject = actor.Subject,
                ActorName = actor.Name,
                ActorRole = actor.Role.ToString(),
                OccurredAt = now,
                PreviousHash = previous,
            };
            row.Hash = Hash(row, auditKey);
            previous = row.Hash;
            db.ShareEvents.Add(row);
        }
        await ProjectAsync(id, state, now, ct);
        await ShareRegisterProjection.ProjectAsync(db, id, state, ct);
        var process = ProcessMessage(id, current, state, now);
        if (process is not null)
            db.Outbox.Add(process);
        try
        {
            await db.SaveChangesAsync(ct);
            if (emails > 0)
                planner.Committed();
            if (process is not null)
                dispatcher.Nudge();
            return state;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    /// <summary>Queues the start of the review process of every share with terms in force, at its review period (idempotent in the engine).</summary>
    public async Task StartReviewProcessesAsync(CancellationToken ct)
    {
        var ids = await db.StandingShares.AsNoTracking().Where(s => s.ReviewDate != null).Select(s => s.Id).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in ids)
        {
            if (await LoadAsync(id, ct) is not { State.IsInForce: true } loaded)
                continue;
            db.Outbox.Add(
                new OutboxMessage
                {
                    Kind = OutboxKinds.StartShareReview,
                    ApplicationId = id,
                    Round = ShareReviewActivities.Period(loaded.State),
                    CreatedAt = now,
                }
            );
        }
        await db.SaveChangesAsync(ct);
        dispatcher.Nudge();
    }

    /// <summary>
    /// What the review process is owed when terms come into force, in the append's transaction: the first approval starts
    /// it at review period 1; an approved renewal tells it that the period it waits in has ended (a new one begins, with the
    /// new dates).
    /// </summary>
    private static OutboxMessage? ProcessMessage(Guid id, StandingShareState before, StandingShareState after, DateTime now)
    {
        var period = ShareReviewActivities.Period(after);
        if (period == ShareReviewActivities.Period(before))
            return null;
        return period == 1
            ? new OutboxMessage
            {
                Kind = OutboxKinds.StartShareReview,
                ApplicationId = id,
                Round = 1,
                CreatedAt = now,
            }
            : new OutboxMessage
            {
                Kind = OutboxKinds.Signal,
                ApplicationId = id,
                Round = period - 1,
                Signal = ProcessSignals.ShareRenewed,
                Payload = "",
                CreatedAt = now,
            };
    }

    /// <summary>The same canonical content and keyed hash as an application event, over the share's own id and sequence.</summary>
    public static string Hash(StoredShareEvent e, AuditKey key) => EventHasher.Compute(AsEvent(e), key);

    public static StoredEvent AsEvent(StoredShareEvent e) =>
        new()
        {
            ApplicationId = e.ShareId,
            Sequence = e.Sequence,
            Type = e.Type,
            Payload = e.Payload,
            ActorSubject = e.ActorSubject,
            ActorName = e.ActorName,
            ActorRole = e.ActorRole,
            OccurredAt = e.OccurredAt,
            Hash = e.Hash,
            PreviousHash = e.PreviousHash,
        };

    private async Task ProjectAsync(Guid id, StandingShareState state, DateTime now, CancellationToken ct)
    {
        var record = await db.StandingShares.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (record is null)
        {
            record = new StandingShareRecord { Id = id };
            db.StandingShares.Add(record);
        }
        var terms = state.InForce ?? state.Terms;
        record.Reference = state.Reference;
        record.RecipientBody = Cut(terms.RecipientBody ?? "", 300);
        record.Status = state.Status;
        record.ReviewDate = state.InForce?.ReviewDate;
        record.AgreementEnd = state.InForce?.AgreementEnd;
        record.ReviewReminded = state.ReviewReminded;
        record.ReviewOverdue = state.ReviewOverdue;
        record.Version = state.Version;
        record.UpdatedAt = now;
    }

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];
}

public sealed record LoadedShare(Guid Id, StandingShareState State, IReadOnlyList<StoredShareEvent> Rows);
