using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.Compliance;

namespace ResearchRelease.Web.Audit;

/// <summary>
/// The append-only file of signed register heads (ADR 0015). Lines are only ever added; the file is opened exclusively
/// (an advisory lock other processes of the app respect) while a line is read and written. A last line without its
/// newline is a write cut short by a crash: it is ignored when read and cut off before the next line is written.
/// </summary>
public sealed class RegisterAnchorFile(string path, AuditKey key)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    public string Path { get; } = path;

    public bool Enabled => key.IsConfigured;

    /// <summary>The file's path: the configured one, or one per database (so two databases never share anchors).</summary>
    public static string PathFor(AuditOptions options, DatabaseOptions database, string contentRoot)
    {
        if (options.AnchorPath is { Length: > 0 } configured)
            return System.IO.Path.IsPathRooted(configured) ? configured : System.IO.Path.Combine(contentRoot, configured);
        var locator = database.IsPostgres
            ? new NpgsqlConnectionStringBuilder(database.ConnectionString) is var b
                ? $"{b.Host}:{b.Port}/{b.Database}"
                : ""
            : SqliteFiles.Rooted(database.ConnectionString, contentRoot);
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{database.Provider}\n{locator}")))[..16];
        var folder = System.IO.Path.Combine(contentRoot, options.AnchorDirectory); // an absolute directory wins over the root
        return System.IO.Path.Combine(folder, $"register-anchors-{id}.jsonl");
    }

    public AnchoredRegister Read()
    {
        if (!Enabled || !File.Exists(Path))
            return AnchoredRegister.Empty;
        using var stream = Retry(() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return Replay(ReadAll(stream).Text);
    }

    /// <summary>The latest signed line alone (for publishing); the full check is <see cref="Read"/>.</summary>
    public RegisterAnchor? Latest()
    {
        if (!Enabled || !File.Exists(Path))
            return null;
        using var stream = Retry(() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        var text = ReadAll(stream).Text;
        var end = text.LastIndexOf('\n');
        if (end <= 0)
            return null;
        var start = text.LastIndexOf('\n', end - 1) + 1;
        var line = text[start..end];
        if (!line.Contains("\"mac\"", StringComparison.Ordinal))
            return null;
        try
        {
            var anchor = JsonSerializer.Deserialize<RegisterAnchor>(line, Json);
            return anchor?.Mac is { } mac && mac == key.Mac(JsonSerializer.Serialize(anchor with { Mac = null }, Json)) ? anchor : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Adds a line for the heads that moved since the last one. A head behind the anchored one (another node anchored
    /// later) is left as anchored; a head that differs at the same length is never anchored over. Null: nothing to add.
    /// </summary>
    public async Task<RegisterAnchor?> AppendAsync(
        IReadOnlyList<(Guid Id, string Reference, int Sequence, string Hash)> heads,
        long events,
        DateTime at,
        CancellationToken ct
    )
    {
        if (!Enabled)
            return null;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        await InProcess.WaitAsync(ct);
        try
        {
            await using var stream = Retry(() => new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            var (text, complete) = ReadAll(stream);
            var anchored = Replay(text);
            if (anchored.Problem is { } problem)
                throw new InvalidOperationException($"The anchor file {Path} cannot be trusted: {problem}");
            var map = anchored.Heads.ToDictionary();
            var changed = new List<AnchoredChain>();
            foreach (var (id, reference, sequence, hash) in heads)
            {
                if (map.TryGetValue(id, out var old) && (old.Sequence > sequence || (old.Sequence == sequence && old.Hash == hash)))
                    continue;
                if (old is not null && old.Sequence == sequence)
                    throw new InvalidOperationException($"{reference} differs from its anchored head.");
                map[id] = new AnchoredChain(id, reference, sequence, hash);
                changed.Add(map[id]);
            }
            if (changed.Count == 0 && anchored.Last is not null)
                return null;
            var anchor = new RegisterAnchor(
                at,
                map.Count,
                events,
                AuditVerifier.RegisterHead(map.Values.Select(c => (c.Id, c.Sequence, c.Hash))),
                anchored.Last?.Mac ?? RegisterAnchor.Genesis,
                changed.OrderBy(c => c.Id.ToString("D"), StringComparer.Ordinal).ToList()
            );
            anchor = anchor with { Mac = key.Mac(JsonSerializer.Serialize(anchor, Json)) };
            stream.SetLength(complete);
            stream.Seek(0, SeekOrigin.End);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(anchor, Json) + "\n"), ct);
            stream.Flush(flushToDisk: true);
            return anchor;
        }
        finally
        {
            InProcess.Release();
        }
    }

    private AnchoredRegister Replay(string text)
    {
        var heads = new Dictionary<Guid, AnchoredChain>();
        RegisterAnchor? last = null;
        var lines = text.Split('\n');
        // The last element is what follows the final newline: empty, or a line cut short by a crash.
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var problem = Check(lines[i], last, out var anchor);
            if (problem is null)
            {
                foreach (var c in anchor!.Changed)
                    heads[c.Id] = c;
                var head = AuditVerifier.RegisterHead(heads.Values.Select(c => (c.Id, c.Sequence, c.Hash)));
                if (head != anchor.RegisterHead || heads.Count != anchor.Applications)
                    problem = "its register head does not match the chains it lists";
            }
            if (problem is not null)
                return new AnchoredRegister(heads, last, i, $"line {i + 1} {problem}.");
            last = anchor;
        }
        return new AnchoredRegister(heads, last, lines.Length - 1, null);
    }

    private string? Check(string line, RegisterAnchor? previous, out RegisterAnchor? anchor)
    {
        anchor = null;
        try
        {
            anchor = JsonSerializer.Deserialize<RegisterAnchor>(line, Json);
        }
        catch (JsonException)
        {
            return "is not an anchor";
        }
        if (anchor?.Mac is not { } mac || anchor.Changed is null)
            return "is not an anchor";
        var expected = key.Mac(JsonSerializer.Serialize(anchor with { Mac = null }, Json));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(mac), Encoding.ASCII.GetBytes(expected)))
            return "is not signed with this service's audit key (altered, or written with another key)";
        return anchor.Previous == (previous?.Mac ?? RegisterAnchor.Genesis)
            ? null
            : "does not follow the line before it (lines were removed or reordered)";
    }

    private static (string Text, long Complete) ReadAll(FileStream stream)
    {
        stream.Seek(0, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var text = reader.ReadToEnd();
        var complete = text.LastIndexOf('\n') + 1;
        return (text, Encoding.UTF8.GetByteCount(text.AsSpan(0, complete)));
    }

    /// <summary>Another process may hold the file for a moment while it adds a line.</summary>
    private static FileStream Retry(Func<FileStream> open)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return open();
            }
            catch (IOException) when (attempt < 50)
            {
                Thread.Sleep(100);
            }
        }
    }
}
