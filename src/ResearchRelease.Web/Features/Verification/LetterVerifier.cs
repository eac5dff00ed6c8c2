using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.Verification;

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
        if (!LooksLikeCode(normalised))
            return null;
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
        if (loaded is null)
            return null;
        var state = loaded.State;
        // The decision of the letter's own round, not the latest: a superseded letter still says what it said.
        var decision =
            state.Decision?.Round == letter.Round ? state.Decision : state.ExtensionDecisions.LastOrDefault(d => d.Round == letter.Round);
        var fact = state.Letters.FirstOrDefault(l => l.LetterId == letter.Id);
        if (decision is null || fact is null)
            return null;
        var replacement = state.Letters.FirstOrDefault(l => l.VerificationCode == fact.SupersededByVerificationCode)?.IssuedAt;
        // Replaced by a correction, or by a later letter that restates the terms (an approved extension's).
        var superseded = fact.SupersededByVerificationCode is not null || (state.Letter is { } inForce && inForce.Round > letter.Round);
        // A corrected letter prints its corrected details; show those, not the form's.
        var corrected = state.Corrections.FirstOrDefault(c => c.LetterId == letter.Id);
        var form = state.SubmittedForm ?? state.Form;
        return new VerifiedLetter(
            state.Reference,
            corrected?.Details.OrganisationName ?? form.Organisation?.Name ?? "",
            corrected?.Details.ProjectTitle ?? form.Project?.Title ?? "",
            letter.Kind,
            decision.Outcome,
            state.DecisionTimes[decision.Round],
            letter.IssuedAt,
            decision.EndDate,
            letter.Sha256,
            letter.VerificationCode,
            superseded,
            fact.SupersededByVerificationCode,
            replacement,
            corrected?.SupersedesVerificationCode,
            corrected?.Reason
        );
    }
}
