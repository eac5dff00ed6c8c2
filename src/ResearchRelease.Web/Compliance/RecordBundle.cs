using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Compliance;

/// <summary>
/// A decision record as one ZIP for an FOI answer or an auditor: the letter as issued, the record, the
/// screening result, the events with their hashes, and a manifest of every file's SHA-256 so a recipient
/// can tell whether anything in the bundle was changed after download.
/// </summary>
public static class RecordBundle
{
    private static readonly JsonSerializerOptions Indented = new(EventSerializer.Options) { WriteIndented = true };

    public static byte[] Build(DecisionRecord record, byte[]? letterPdf, DateTime generatedAt)
    {
        var files = new List<(string Name, byte[] Bytes)>();
        if (letterPdf is not null && record.Letter is { } letter) files.Add(($"{record.Reference}-{letter.Kind}-letter.pdf", letterPdf));
        // The letter is its own file here, so the record JSON does not carry it a second time in base64.
        var slim = record with { Letter = record.Letter is { } l ? l with { ContentBase64 = "" } : null };
        files.Add(("record.json", JsonSerializer.SerializeToUtf8Bytes(slim, Indented)));
        files.Add(("screening.json", JsonSerializer.SerializeToUtf8Bytes(record.Screening, Indented)));
        files.Add(("events.json", JsonSerializer.SerializeToUtf8Bytes(record.Events, Indented)));

        var manifest = new
        {
            reference = record.Reference,
            applicationId = record.ApplicationId,
            generatedAt,
            letterSha256AsIssued = record.Letter?.Sha256,
            eventChainHead = record.Events.Count > 0 ? record.Events[^1].Hash : null,
            files = files.Select(f => new { name = f.Name, bytes = f.Bytes.Length, sha256 = Convert.ToHexStringLower(SHA256.HashData(f.Bytes)) }),
        };
        files.Add(("manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest, Indented)));

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(generatedAt, TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }
        return output.ToArray();
    }
}
