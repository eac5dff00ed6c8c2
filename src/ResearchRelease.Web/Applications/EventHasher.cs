using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ResearchRelease.Web.Audit;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Applications;

/// <summary>
/// Each application's events form a hash chain: an event's hash covers the previous event's hash and its
/// own canonical content, so altering, removing or reordering a stored event breaks every later link.
/// With an <see cref="AuditKey"/> the hash is an HMAC (ADR 0015): only the holder of the key can recompute a chain, so
/// rewriting an event and rehashing everything after it no longer yields a chain that checks.
/// </summary>
public static class EventHasher
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>The unkeyed hash: events written before the key, and every event where no key is configured.</summary>
    public static string Compute(StoredEvent e) => Compute(e.PreviousHash, Canonical(e));

    public static string Compute(StoredEvent e, AuditKey key) =>
        key.IsConfigured ? key.Mac(e.PreviousHash + "\n" + Canonical(e)) : Compute(e);

    public static string Canonical(StoredEvent e) =>
        string.Join(
            '\n',
            e.ApplicationId.ToString("D"),
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.Type,
            e.ActorSubject,
            e.ActorName,
            e.ActorRole,
            DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
            e.Payload
        );

    private static string Compute(string previousHash, string canonical) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + "\n" + canonical)));
}
