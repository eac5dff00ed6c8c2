using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Applications;

/// <summary>One issued letter as the pages and the API list it: the first letter of a decision or a correction of it.</summary>
public sealed record LetterEntry(
    Guid LetterId, int Round, int Number, string Kind, string Url, string Sha256, string VerificationCode, DateTime IssuedAt,
    string? SupersedesVerificationCode, string? SupersededByVerificationCode, string? CorrectionReason, IReadOnlyList<LetterChange> Changes,
    bool InForce);

/// <summary>
/// Every letter of an application, oldest first, read from the events (<c>letter_issued</c>, <c>letter_corrected</c>),
/// which are written in the same transaction as the letter rows: the list is exactly what was issued.
/// </summary>
public static class LetterHistory
{
    public static string Url(Guid applicationId, Guid letterId) => $"/api/applications/{applicationId}/letters/{letterId}.pdf";

    public static IReadOnlyList<LetterEntry> From(LoadedApplication loaded)
    {
        var entries = new List<LetterEntry>();
        for (var i = 0; i < loaded.Events.Count; i++)
        {
            var at = loaded.Rows[i].OccurredAt;
            switch (loaded.Events[i])
            {
                case LetterIssued l:
                    entries.Add(new LetterEntry(l.LetterId, l.Round, entries.Count(e => e.Round == l.Round) + 1, l.Kind, Url(loaded.Id, l.LetterId),
                        l.Sha256, l.VerificationCode, at, null, null, null, [], false));
                    break;
                case LetterCorrected c:
                    var old = entries.FindIndex(e => e.LetterId == c.SupersedesLetterId);
                    if (old >= 0) entries[old] = entries[old] with { SupersededByVerificationCode = c.VerificationCode };
                    entries.Add(new LetterEntry(c.LetterId, c.Round, entries.Count(e => e.Round == c.Round) + 1, c.Kind, Url(loaded.Id, c.LetterId),
                        c.Sha256, c.VerificationCode, at, c.SupersedesVerificationCode, null, c.Reason, c.Changes, false));
                    break;
            }
        }
        var current = loaded.State.Letter?.LetterId;
        return entries.Select(e => e with { InForce = e.LetterId == current }).ToList();
    }
}
