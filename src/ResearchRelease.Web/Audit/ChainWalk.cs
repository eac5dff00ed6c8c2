using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.Compliance;

namespace ResearchRelease.Web.Audit;

/// <summary>
/// One application's chain as the check reads it, event by event: the links, the hashes (keyed or, before the key, not),
/// the anchored head, and the events themselves, folded at the end and compared with the read model.
/// </summary>
internal sealed class ChainWalk(Guid id, ApplicationRecord? record, AnchoredChain? anchored, AuditKey key)
{
    private readonly List<RecordedEvent> _events = [];
    private bool _unreadable;
    private DateTime _lastAt;

    public Guid Id { get; } = id;
    public string? Reference => record?.Reference ?? anchored?.Reference;
    public int LastSequence { get; private set; }
    public string LastHash { get; private set; } = EventHasher.Genesis;
    public long Unkeyed { get; private set; }
    public List<(Guid LetterId, string Sha256, int Sequence)> Letters { get; } = [];

    public AuditBreak? Add(StoredEvent row)
    {
        var wanted = LastSequence + 1;
        var found =
            row.Sequence != wanted ? Break(wanted, "event_missing", $"Event {wanted} is missing: the next stored event is {row.Sequence}.")
            : !string.Equals(row.PreviousHash, LastHash, StringComparison.Ordinal)
                ? Break(
                    row.Sequence,
                    "link_broken",
                    $"Event {row.Sequence} does not follow event {LastSequence}: its previous_hash is not that event's hash. "
                        + "Events were removed, inserted or reordered."
                )
            : CheckHash(row);
        found ??=
            anchored is { } a && a.Sequence == row.Sequence && !string.Equals(a.Hash, row.Hash, StringComparison.Ordinal)
                ? Break(
                    row.Sequence,
                    "anchored_head_differs",
                    $"Event {row.Sequence} is not the event anchored on {a.Sequence}: the chain up to it was rewritten after it was anchored."
                )
                : null;
        LastSequence = row.Sequence;
        LastHash = row.Hash;
        _lastAt = row.OccurredAt;
        Read(row);
        return found;
    }

    /// <summary>After the last event: the read model's length, the fold of the events against the read model, the anchored length.</summary>
    public AuditBreak? Close()
    {
        if (record is null)
            return Break(LastSequence, "application_missing", "Events are stored for an application the register does not list.");
        if (record.Version != LastSequence)
            return Break(
                Math.Min(LastSequence, record.Version) + 1,
                "events_missing",
                $"The register records {record.Version} events for {Reference}, but {LastSequence} are stored: events at the end of its chain were removed."
            );
        var difference = _unreadable
            ? null
            : ReadModelCheck.Compare(ApplicationState.Fold(_events), record) ?? ReadModelCheck.CompareTime(record, _lastAt);
        if (difference is not null)
            return Break(
                LastSequence,
                "read_model_differs",
                $"The register's row for {Reference} does not match its events: {difference}."
            );
        // Last: the database's own witnesses above say more precisely what happened, when they can see it.
        return anchored is { } a && LastSequence < a.Sequence
            ? Break(
                LastSequence + 1,
                "anchored_events_missing",
                $"{a.Sequence} events of {Reference} were anchored, but only {LastSequence} are stored: events at the end of its chain were removed."
            )
            : null;
    }

    private AuditBreak? CheckHash(StoredEvent row)
    {
        if (string.Equals(EventHasher.Compute(row, key), row.Hash, StringComparison.Ordinal))
            return null;
        var unkeyed = key.IsConfigured && string.Equals(EventHasher.Compute(row), row.Hash, StringComparison.Ordinal);
        if (unkeyed && DateTime.SpecifyKind(row.OccurredAt, DateTimeKind.Utc) < key.KeyedSince)
        {
            Unkeyed++;
            return null;
        }
        return unkeyed
            ? Break(
                row.Sequence,
                "not_keyed",
                $"Event {row.Sequence} ({row.Type}) carries a hash anyone could compute, but it is dated after the chain was keyed: "
                    + "it was rewritten without the key."
            )
            : Break(
                row.Sequence,
                "content_altered",
                key.IsConfigured
                    ? $"Event {row.Sequence} ({row.Type}) does not match its hash: its stored content was changed after it was written."
                    : $"Event {row.Sequence} ({row.Type}) does not match its hash: its content was changed, "
                        + "or it was hashed with an audit key this check was not given."
            );
    }

    private void Read(StoredEvent row)
    {
        if (_unreadable)
            return;
        try
        {
            var e = EventSerializer.Deserialize(row.Type, row.Payload);
            _events.Add(new RecordedEvent(e, row.OccurredAt));
            if (e is LetterIssued issued)
                Letters.Add((issued.LetterId, issued.Sha256, row.Sequence));
            if (e is LetterCorrected corrected)
                Letters.Add((corrected.LetterId, corrected.Sha256, row.Sequence));
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidDataException or NotSupportedException)
        {
            // A broken hash has been reported for it already, unless the hash was recomputed with the key.
            _unreadable = true;
        }
    }

    private AuditBreak Break(int sequence, string problem, string detail) => new(Id, Reference, sequence, problem, detail);
}
