using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>
/// A decision record as one ZIP for an FOI answer or an auditor: every letter as issued (superseded ones too), the
/// record, the screening result, the events with their hashes, and a manifest of every file's SHA-256 so a
/// recipient can tell whether anything in the bundle was changed after download.
/// </summary>
public static class RecordBundle
{
    private static readonly JsonSerializerOptions Indented = new(EventSerializer.Options) { WriteIndented = true };

    public static string LetterFileName(DecisionRecord record, RecordLetter letter) =>
        letter.Sequence <= 1 && letter.SupersedesVerificationCode is null
            ? $"{record.Reference}-{letter.Kind}-letter.pdf"
            : $"{record.Reference}-{letter.Kind}-letter-corrected-{letter.Sequence - 1}.pdf";

    public static byte[] Build(DecisionRecord record, DateTime generatedAt)
    {
        var files = new List<(string Name, byte[] Bytes)>();
        foreach (var letter in record.Letters)
            files.Add((LetterFileName(record, letter), Convert.FromBase64String(letter.ContentBase64)));
        // The letters are their own files here, so the record JSON does not carry them a second time in base64.
        var slim = record with
        {
            Letter = record.Letter is { } l ? l with { ContentBase64 = "" } : null,
            Letters = record.Letters.Select(x => x with { ContentBase64 = "" }).ToList(),
        };
        files.Add(("record.json", JsonSerializer.SerializeToUtf8Bytes(slim, Indented)));
        files.Add(("screening.json", JsonSerializer.SerializeToUtf8Bytes(record.Screening, Indented)));
        files.Add(("events.json", JsonSerializer.SerializeToUtf8Bytes(record.Events, Indented)));

        var manifest = new
        {
            reference = record.Reference,
            applicationId = record.ApplicationId,
            generatedAt,
            letterSha256AsIssued = record.Letter?.Sha256,
            letters = record.Letters.Select(l => new
            {
                file = LetterFileName(record, l),
                verificationCode = l.VerificationCode,
                sha256AsIssued = l.Sha256,
                issuedAt = l.IssuedAt,
                inForce = l.InForce,
                supersedes = l.SupersedesVerificationCode,
                supersededBy = l.SupersededByVerificationCode,
            }),
            eventChainHead = record.Events.Count > 0 ? record.Events[^1].Hash : null,
            files = files.Select(f => new
            {
                name = f.Name,
                bytes = f.Bytes.Length,
                sha256 = Convert.ToHexStringLower(SHA256.HashData(f.Bytes)),
            }),
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
