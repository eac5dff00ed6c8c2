using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Audit;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.Register;
using ResearchRelease.Web.Features.Statistics;
using ResearchRelease.Web.Notifications;

namespace ResearchRelease.Web.Applications;

/// <summary>
/// Loads an application by folding its events, and appends new ones together with the read model and
/// any outbox messages in one transaction. Appending at a stale version is refused by the database
/// (UNIQUE(application_id, sequence)), so two concurrent commands can never both succeed. The emails each event
/// calls for are queued in the same transaction (ADR 0010): never lost if the event stands, never owed twice.
/// </summary>
public sealed class ApplicationStore(
    AppDbContext db,
    TimeProvider clock,
    NotificationPlanner notifications,
    AuditKey auditKey,
    RecentFolds recent
)
{
    /// <summary>
    /// The hash of the last event each application was loaded or appended at in this unit of work. A stored event never
    /// changes, so the hash known for a version is the stored one, and an append at that version need not read it back.
    /// Only what is committed is kept: rows read or written inside a caller's transaction may yet be rolled back.
    /// </summary>
    private readonly Dictionary<Guid, (int Version, string Hash)> _heads = [];

    /// <summary>
    /// The store whose append is preparing work that must stand or fall with it (<see cref="EnclosedWork"/>: the process a
    /// first submission starts, and its first pass). Every other store in that flow loads and appends through it, and its
    /// appends are kept in this store's unit of work, unsaved, until the enclosing append writes them all in one transaction.
    /// </summary>
    private static readonly AsyncLocal<ApplicationStore?> _enclosing = new();

    /// <summary>The fold and last hash of each application appended to in the enclosed work, not yet written.</summary>
    private readonly Dictionary<Guid, RecentFolds.Fold> _uncommitted = [];

    /// <summary>An append in the enclosed work queued emails: the dispatcher is rung when the whole commits.</summary>
    private bool _ringOnCommit;

    /// <summary>The counting facts of the appends in the enclosed work, whose tallies the enclosing append adds.</summary>
    private readonly List<DecisionFact> _enclosedFacts = [];

    private ApplicationStore? Enclosing => _enclosing.Value is { } outer && !ReferenceEquals(outer, this) ? outer : null;

    public async Task<LoadedApplication?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (Enclosing is { } outer)
            return await outer.LoadAsync(id, ct);
        var rows = await db.Events.AsNoTracking().Where(e => e.ApplicationId == id).OrderBy(e => e.Sequence).ToListAsync(ct);
        if (_uncommitted.ContainsKey(id))
        {
            // In the enclosed work: the events appended so far are in this unit of work, not yet in the table.
            var last = rows.Count == 0 ? 0 : rows[^1].Sequence;
            rows.AddRange(db.Events.Local.Where(e => e.ApplicationId == id && e.Sequence > last).OrderBy(e => e.Sequence));
        }
        else if (db.Database.CurrentTransaction is null && rows.Count > 0)
        {
            _heads[id] = (rows[^1].Sequence, rows[^1].Hash);
        }
        if (rows.Count == 0)
            return null;
        var events = rows.Select(r => EventSerializer.Deserialize(r.Type, r.Payload)).ToList();
        return new LoadedApplication(id, LoadedApplication.Fold(rows, events, rows.Count), rows, events);
    }

    /// <summary>
    /// The fold this node last appended for the application (<see cref="RecentFolds"/>), or null. It may be older than the
    /// store: only for a step that appends at its version and, if anything does not go through, decides again on a load.
    /// </summary>
    public ApplicationState? RecentlyAppended(Guid id)
    {
        if (Enclosing is { } outer)
            return outer.RecentlyAppended(id);
        if (_uncommitted.TryGetValue(id, out var pending))
            return pending.State;
        if (recent.Find(id) is not { } fold)
            return null;
        if (db.Database.CurrentTransaction is null)
            _heads[id] = (fold.State.Version, fold.LastHash);
        return fold.State;
    }

    /// <param name="enclosed">
    /// Work that must stand or fall with this append: prepared after this append's rows are made and before its
    /// transaction opens, with every append in it kept unsaved in this unit of work, then written inside the transaction.
    /// </param>
    public async Task<AppendResult> AppendAsync(
        Guid id,
        ApplicationState current,
        IReadOnlyList<ApplicationEvent> events,
        Actor actor,
        IEnumerable<OutboxMessage>? outbox = null,
        IEnumerable<object>? alsoInsert = null,
        EnclosedWork? enclosed = null,
        CancellationToken ct = default
    )
    {
        if (Enclosing is { } outer)
            return await outer.AppendAsync(id, current, events, actor, outbox, alsoInsert, enclosed, ct);
        if (events.Count == 0)
            return new AppendResult(current);
        var inEnclosed = ReferenceEquals(_enclosing.Value, this);
        // Appended in the enclosed work at a version that is not the one it stands at: refused as the table would refuse it.
        if (inEnclosed && _uncommitted.TryGetValue(id, out var known) && known.State.Version != current.Version)
            return AppendResult.Conflict;
        // Whole microseconds: PostgreSQL keeps no finer, and the hash must cover exactly the value stored,
        // or every PostgreSQL event would fail the audit check once read back.
        var ticks = clock.GetUtcNow().UtcDateTime.Ticks;
        var now = new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
        var previousHash =
            current.Version == 0 ? EventHasher.Genesis
            : _uncommitted.TryGetValue(id, out var pending) && pending.State.Version == current.Version ? pending.LastHash
            : _heads.TryGetValue(id, out var head) && head.Version == current.Version ? head.Hash
            : await db.Events.Where(e => e.ApplicationId == id && e.Sequence == current.Version).Select(e => e.Hash).SingleAsync(ct);

        var state = current;
        var emails = 0;
        var facts = new List<DecisionFact>();
        foreach (var e in events)
        {
            var before = state;
            state = state.Apply(e, now);
            var row = new StoredEvent
            {
                ApplicationId = id,
                Sequence = state.Version,
                Type = e.Type,
                Payload = EventSerializer.Serialize(e),
                ActorSubject = actor.Subject,
                ActorName = actor.Name,
                ActorRole = actor.Role.ToString(),
                OccurredAt = now,
                PreviousHash = previousHash,
            };
            row.Hash = EventHasher.Compute(row, auditKey);
            previousHash = row.Hash;
            db.Events.Add(row);
            using var payload = System.Text.Json.JsonDocument.Parse(row.Payload);
            var owed = notifications.Plan(new NotificationSource(id, row.Sequence, e, payload.RootElement, before, state), now).ToList();
            db.Notifications.AddRange(owed);
            facts.AddRange(DecisionFacts.For(id, e, before, state, now));
            emails += owed.Count;
        }

        await ApplicationRecordProjection.ProjectAsync(db, id, current, state, events, now, ct);
        await PublicRegisterProjection.ProjectAsync(db, id, current, state, ct);
        foreach (var message in outbox ?? [])
        {
            message.ApplicationId = id;
            message.CreatedAt = now;
            db.Outbox.Add(message);
        }
        foreach (var entity in alsoInsert ?? [])
            db.Add(entity);
        db.DecisionFacts.AddRange(facts);
        if (inEnclosed)
        {
            _uncommitted[id] = new RecentFolds.Fold(state, previousHash);
            _ringOnCommit |= emails > 0;
            _enclosedFacts.AddRange(facts);
            return new AppendResult(state);
        }

        var committedHere = db.Database.CurrentTransaction is null;
        try
        {
            if (enclosed is not null)
                await PrepareEnclosedAsync(id, state, previousHash, enclosed, ct);
            var tallies = DecisionTallies.From(facts.Concat(_enclosedFacts));
            // The statistics' counters are added to by SQL after the rows are saved (a stale append fails first, adding
            // nothing, and the counters' row locks are held only until the commit just after), in one transaction with them.
            var ownTransaction = committedHere && (tallies.Count > 0 || enclosed is not null);
            await using (var transaction = ownTransaction ? await db.Database.BeginTransactionAsync(ct) : null)
            {
                // A failure rolls back the whole transaction opened just above, so a savepoint inside it would only cost
                // two more statements.
                db.Database.AutoSavepointsEnabled = transaction is null;
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                finally
                {
                    db.Database.AutoSavepointsEnabled = true;
                }

                if (enclosed is not null)
                    await enclosed.WriteAsync(
                        Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(
                            db.Database.CurrentTransaction!
                        ),
                        ct
                    );
                await DecisionTallies.AddToAsync(db, tallies, ct);
                if (transaction is not null)
                    await transaction.CommitAsync(ct);
            }
            if (emails > 0 || _ringOnCommit)
                notifications.Committed();
            if (committedHere)
            {
                _uncommitted.TryAdd(id, new RecentFolds.Fold(state, previousHash));
                foreach (var (appended, fold) in _uncommitted)
                {
                    _heads[appended] = (fold.State.Version, fold.LastHash);
                    recent.Remember(appended, fold.State, fold.LastHash);
                }
            }
            return new AppendResult(state);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
            foreach (var appended in _uncommitted.Keys.Append(id))
            {
                _heads.Remove(appended);
                recent.Forget(appended);
            }
            return AppendResult.Conflict;
        }
        catch when (enclosed is not null)
        {
            // Nothing of the enclosed work was written; what it kept in this unit of work must not be saved by the next one.
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            if (committedHere)
            {
                _uncommitted.Clear();
                _enclosedFacts.Clear();
                _ringOnCommit = false;
            }
        }
    }

    /// <summary>Prepares the enclosed work with this store enclosing it: stores in that flow append through this one.</summary>
    private async Task PrepareEnclosedAsync(Guid id, ApplicationState state, string lastHash, EnclosedWork work, CancellationToken ct)
    {
        _uncommitted[id] = new RecentFolds.Fold(state, lastHash);
        _enclosing.Value = this;
        try
        {
            await work.PrepareAsync(ct);
        }
        finally
        {
            _enclosing.Value = null;
        }
    }

    /// <summary>
    /// Rewrites every read model of every application from its fold: after a migration adds or corrects a projection,
    /// the projection is rebuilt from the events (the truth) rather than patched in SQL.
    /// </summary>
    public async Task RebuildReadModelsAsync(CancellationToken ct)
    {
        var ids = await db.Applications.AsNoTracking().Select(a => a.Id).ToListAsync(ct);
        var tallies = new DecisionTallies();
        foreach (var id in ids)
        {
            var loaded = await LoadAsync(id, ct);
            if (loaded is null)
                continue;
            var at = loaded.Rows[^1].OccurredAt;
            await db.DecisionFacts.Where(f => f.ApplicationId == id).ExecuteDeleteAsync(ct);
            var folded = ApplicationState.Empty;
            foreach (var (e, row) in loaded.Events.Zip(loaded.Rows))
            {
                var next = folded.Apply(e, row.OccurredAt);
                var facts = DecisionFacts.For(id, e, folded, next, row.OccurredAt).ToList();
                db.DecisionFacts.AddRange(facts);
                tallies.Add(facts);
                folded = next;
            }
            await ApplicationRecordProjection.RebuildAsync(db, id, loaded.State, at, ct);
            await PublicRegisterProjection.ProjectAsync(db, id, null, loaded.State, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        await DecisionTallies.ReplaceAsync(db, tallies.InKeyOrder(), ct);
    }
}

public sealed record LoadedApplication(
    Guid Id,
    ApplicationState State,
    IReadOnlyList<StoredEvent> Rows,
    IReadOnlyList<ApplicationEvent> Events
)
{
    /// <summary>The state as it was at <paramref name="version"/> (the first that many events folded).</summary>
    public ApplicationState StateAt(int version) => version == State.Version ? State : Fold(Rows, Events, version);

    internal static ApplicationState Fold(IReadOnlyList<StoredEvent> rows, IReadOnlyList<ApplicationEvent> events, int count) =>
        ApplicationState.Fold(events.Zip(rows, (e, r) => new RecordedEvent(e, r.OccurredAt)).Take(count));
}
