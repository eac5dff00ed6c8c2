using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.Compliance;

namespace ResearchRelease.Web.Audit;

/// <summary>
/// Every stored letter must hash to the SHA-256 that its <c>letter_issued</c> or <c>letter_corrected</c> event recorded:
/// the event is in the chain, the letters row is not, so replacing a PDF and its row's hash together is still found.
/// Letters are read one at a time.
/// </summary>
internal static class LetterCheck
{
    public static async Task<(int Count, AuditBreak? Found)> RunAsync(
        AppDbContext db,
        Dictionary<Guid, (Guid ApplicationId, string? Reference, string Sha256, int Sequence)> recorded,
        CancellationToken ct
    )
    {
        var count = 0;
        AuditBreak? found = null;
        var stored = new HashSet<Guid>();
        var letters = db
            .Letters.AsNoTracking()
            .OrderBy(l => l.ApplicationId)
            .ThenBy(l => l.Round)
            .ThenBy(l => l.Sequence)
            .AsAsyncEnumerable();
        await foreach (var letter in letters.WithCancellation(ct))
        {
            count++;
            stored.Add(letter.Id);
            if (found is not null)
                continue;
            if (!recorded.TryGetValue(letter.Id, out var e))
            {
                found = new AuditBreak(
                    letter.ApplicationId,
                    null,
                    0,
                    "letter_unrecorded",
                    $"A stored letter (verification code {letter.VerificationCode}) has no letter event in its application's chain: "
                        + "it was added, or its event removed."
                );
                continue;
            }
            var actual = Convert.ToHexStringLower(SHA256.HashData(letter.Content));
            if (actual != e.Sha256 || letter.Sha256 != e.Sha256)
                found = new AuditBreak(
                    e.ApplicationId,
                    e.Reference,
                    e.Sequence,
                    "letter_altered",
                    $"The letter recorded by event {e.Sequence} (verification code {letter.VerificationCode}) is not the file that was issued: "
                        + $"the event recorded SHA-256 {e.Sha256}, the stored file hashes to {actual}."
                );
        }
        found ??= recorded
            .Where(r => !stored.Contains(r.Key))
            .Select(r => new AuditBreak(
                r.Value.ApplicationId,
                r.Value.Reference,
                r.Value.Sequence,
                "letter_missing",
                $"Event {r.Value.Sequence} records a letter that is no longer stored."
            ))
            .FirstOrDefault();
        return (count, found);
    }
}
