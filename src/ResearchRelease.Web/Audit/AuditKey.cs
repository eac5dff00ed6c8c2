using System.Security.Cryptography;
using System.Text;

namespace ResearchRelease.Web.Audit;

/// <summary>
/// The HMAC-SHA256 key that makes event hashes and register anchors unforgeable by someone who can only write to the
/// database. It is read from a file outside the database (<see cref="AuditOptions.KeyPath"/>), or in Development made
/// once and kept (<see cref="AuditKeyFile"/>). Without one the chain is hashed unkeyed, as before, and reported so.
/// </summary>
public sealed class AuditKey
{
    public static readonly AuditKey None = new(null, DateTime.MaxValue, "none");

    private readonly byte[]? _key;

    public AuditKey(byte[]? key, DateTime keyedSince, string source)
    {
        if (key is { Length: < 32 })
            throw new InvalidOperationException("The audit chain key must be at least 32 bytes.");
        _key = key;
        KeyedSince = DateTime.SpecifyKind(keyedSince, DateTimeKind.Utc);
        Source = source;
    }

    public bool IsConfigured => _key is not null;

    /// <summary>Events written from this moment must carry a keyed hash; earlier ones may be unkeyed (written before the key).</summary>
    public DateTime KeyedSince { get; }

    /// <summary>Where the key came from (a path, never the key), for the report and the logs.</summary>
    public string Source { get; }

    public string Mac(string text) =>
        _key is null
            ? throw new InvalidOperationException("No audit chain key is configured.")
            : Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text)));

    public static AuditKey Load(AuditOptions options, IHostEnvironment environment)
    {
        if (options.KeyPath is { Length: > 0 } path)
            return AuditKeyFile.Read(Rooted(path, environment));
        return environment.IsDevelopment() ? AuditKeyFile.LoadOrCreate(Rooted(options.DevelopmentKeyPath, environment)) : None;
    }

    public static string Rooted(string path, IHostEnvironment environment) =>
        Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath ?? "", path);
}
