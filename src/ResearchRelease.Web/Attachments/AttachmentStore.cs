using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Attachments;

/// <summary>Stores one PDF of each kind per application (a new upload replaces the old) with its SHA-256.</summary>
public sealed class AttachmentStore(AppDbContext db, TimeProvider clock)
{
    public sealed record Summary(string Kind, string FileName, long Size, string Sha256, DateTime UploadedAt);

    public Task<List<Summary>> ListAsync(Guid applicationId, CancellationToken ct) =>
        db.Attachments.AsNoTracking().Where(a => a.ApplicationId == applicationId)
            .Select(a => new Summary(a.Kind, a.FileName, a.Size, a.Sha256, a.UploadedAt)).ToListAsync(ct);

    public Task<StoredAttachment?> FindAsync(Guid applicationId, string kind, CancellationToken ct) =>
        db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.ApplicationId == applicationId && a.Kind == kind, ct);

    public async Task SaveAsync(Guid applicationId, string kind, string fileName, byte[] content, string uploadedBy, CancellationToken ct)
    {
        var existing = await db.Attachments.SingleOrDefaultAsync(a => a.ApplicationId == applicationId && a.Kind == kind, ct);
        var row = existing ?? new StoredAttachment { Id = Guid.NewGuid(), ApplicationId = applicationId, Kind = kind };
        row.FileName = SafeName(fileName);
        row.Content = content;
        row.Size = content.Length;
        row.Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        row.UploadedBy = uploadedBy;
        row.UploadedAt = clock.GetUtcNow().UtcDateTime;
        if (existing is null) db.Attachments.Add(row);
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> RemoveAsync(Guid applicationId, string kind, CancellationToken ct) =>
        await db.Attachments.Where(a => a.ApplicationId == applicationId && a.Kind == kind).ExecuteDeleteAsync(ct) > 0;

    /// <summary>Only the last path segment, without control characters, at most 200 characters and never a directory name, so a name can never point elsewhere.</summary>
    private static string SafeName(string name)
    {
        var last = Path.GetFileName(name.Replace('\\', '/'));
        var clean = new string(last.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length > 200) clean = clean[^200..];
        // The cut may fall inside a surrogate pair (an emoji); half a pair cannot be stored or sent in a header.
        if (clean.Length > 0 && char.IsLowSurrogate(clean[0])) clean = clean[1..].TrimStart();
        // "." and ".." name a directory, not a file.
        return clean.Trim('.').Length == 0 ? "document.pdf" : clean;
    }
}
