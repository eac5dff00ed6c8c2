using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Verification;

/// <summary>
/// Looks an issued letter up by its printed verification code or by the SHA-256 of a file someone holds.
/// A file is genuine only if its bytes hash to a letter we issued: any change, however small, is not.
/// </summary>
public sealed class LetterVerifier(AppDbContext db, ApplicationStore store)
{
    /// <summary>Codes are printed in capitals from an alphabet without look-alikes; readers may type spaces or lower case.</summary>
    public static string Normalise(string? code) =>
        new((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());

    public static bool LooksLikeCode(string code) => code.Length is >= 6 and <= 32 && code.All(char.IsAsciiLetterOrDigit);

    public async Task<VerifiedLetter?> ByCodeAsync(string? code, CancellationToken ct)
    {
        var normalised = Normalise(code);
        if (!LooksLikeCode(normalised)) return null;
        var letter = await db.Letters.AsNoTracking().SingleOrDefaultAsync(l => l.VerificationCode == normalised, ct);
        return letter is null ? null : await DescribeAsync(letter, ct);
    }

    public async Task<VerifiedLetter?> ByContentAsync(Stream content, CancellationToken ct)
    {
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
        var letter = await db.Letters.AsNoTracking().FirstOrDefaultAsync(l => l.Sha256 == sha, ct);
        return letter is null ? null : await DescribeAsync(letter, ct);
    }

    private async Task<VerifiedLetter?> DescribeAsync(IssuedLetter letter, CancellationToken ct)
    {
        var loaded = await store.LoadAsync(letter.ApplicationId, ct);
        if (loaded is null) return null;
        // The decision of the letter's own round, not the latest: a superseded letter still says what it said.
        var index = loaded.Events.ToList().FindLastIndex(e => e is DecisionRecorded d && d.Round == letter.Round);
        if (index < 0) return null;
        var decision = (DecisionRecorded)loaded.Events[index];
        var entry = LetterHistory.From(loaded).FirstOrDefault(l => l.LetterId == letter.Id);
        var replacement = entry?.SupersededByVerificationCode is { } by
            ? await db.Letters.AsNoTracking().Where(l => l.VerificationCode == by).Select(l => (DateTime?)l.IssuedAt).SingleOrDefaultAsync(ct)
            : null;
        // A corrected letter prints its corrected details; show those, not the form's.
        var corrected = loaded.Events.OfType<LetterCorrected>().FirstOrDefault(c => c.LetterId == letter.Id);
        var form = loaded.State.SubmittedForm ?? loaded.State.Form;
        var laterRound = await db.Letters.AnyAsync(l => l.ApplicationId == letter.ApplicationId && l.Round > letter.Round, ct);
        return new VerifiedLetter(
            loaded.State.Reference, corrected?.Details.OrganisationName ?? form.Organisation?.Name ?? "",
            corrected?.Details.ProjectTitle ?? form.Project?.Title ?? "", letter.Kind,
            decision.Outcome, loaded.Rows[index].OccurredAt, letter.IssuedAt, decision.EndDate, letter.Sha256, letter.VerificationCode,
            laterRound || entry?.SupersededByVerificationCode is not null, entry?.SupersededByVerificationCode, replacement,
            corrected?.SupersedesVerificationCode, corrected?.Reason);
    }
}
