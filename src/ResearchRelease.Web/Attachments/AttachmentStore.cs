using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Attachments;

/// <summary>Stores one PDF of each kind per application (a new upload replaces the old) with its SHA-256.</summary>
public sealed class AttachmentStore(AppDbContext db, TimeProvider clock)
{
    public sealed record Summary(string Kind, string FileName, long Size, string Sha256, DateTime UploadedAt);

    public Task<List<Summary>> ListAsync(Guid applicationId, CancellationToken ct) =>
        db
            .Attachments.AsNoTracking()
            .Where(a => a.ApplicationId == applicationId)
            .Select(a => new Summary(a.Kind, a.FileName, a.Size, a.Sha256, a.UploadedAt))
            .ToListAsync(ct);

    public Task<StoredAttachment?> FindAsync(Guid applicationId, string kind, CancellationToken ct) =>
        db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.ApplicationId == applicationId && a.Kind == kind, ct);

    public async Task SaveAsync(Guid applicationId, string kind, string fileName, byte[] content, string uploadedBy, CancellationToken ct)
    {
        var existing = await db.Attachments.SingleOrDefaultAsync(a => a.ApplicationId == applicationId && a.Kind == kind, ct);
        var row = existing
            ?? new StoredAttachment
            {
                Id = Guid.NewGuid(),
                ApplicationId = applicationId,
                Kind = kind,
            };
        row.FileName = SafeName(fileName);
        row.Content = content;
        row.Size = content.Length;
        row.Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        row.UploadedBy = uploadedBy;
        row.UploadedAt = clock.GetUtcNow().UtcDateTime;
        if (existing is null)
            db.Attachments.Add(row);
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> RemoveAsync(Guid applicationId, string kind, CancellationToken ct) =>
        await db.Attachments.Where(a => a.ApplicationId == applicationId && a.Kind == kind).ExecuteDeleteAsync(ct) > 0;

    /// <summary>
    /// Only the last path segment; no control characters, no characters that reorder text (so "\u202Efdp.exe" cannot
    /// show as "exe.pdf") or hide it; always ending ".pdf", since only a PDF is accepted; at most 200 characters; never a
    /// directory name. So a stored name can never point elsewhere or pass for another kind of file.
    /// </summary>
    public static string SafeName(string name)
    {
        var last = Path.GetFileName(name.Replace('\\', '/'));
        var clean = new string(last.Where(c => !char.IsControl(c) && !Hidden(c)).ToArray()).Trim().TrimEnd('.', ' ');
        var stem = WithoutExtension(clean);
        if (stem.Length > 196)
            stem = stem[^196..];
        // The cut may fall inside a surrogate pair (an emoji); half a pair cannot be stored or sent in a header.
        if (stem.Length > 0 && char.IsLowSurrogate(stem[0]))
            stem = stem[1..];
        stem = stem.Trim();
        // "." and ".." name a directory, not a file; a name of dots alone has nothing left to call the file.
        return stem.Trim('.').Length == 0 ? "document.pdf" : stem + ".pdf";
    }

    /// <summary>Direction controls and marks, and invisible characters a name could hide behind.</summary>
    private static bool Hidden(char c) => TextRules.IsDirectionControl(c) || c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>A final ".xyz" of one to five letters or digits is an extension: it is replaced, not kept before ".pdf".</summary>
    private static string WithoutExtension(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 0)
            return name;
        var extension = name[(dot + 1)..];
        return extension.Length is >= 1 and <= 5 && extension.All(char.IsAsciiLetterOrDigit) ? name[..dot] : name;
    }
}
