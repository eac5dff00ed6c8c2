using System.Text.Json.Serialization;
using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Applications;

/// <summary>One issued letter as the pages and the API list it: the first letter of a decision or a correction of it.</summary>
public sealed record LetterEntry(
    Guid LetterId,
    int Round,
    int Number,
    string Kind,
    string Url,
    string Sha256,
    string VerificationCode,
    DateTime IssuedAt,
    string? SupersedesVerificationCode,
    string? SupersededByVerificationCode,
    string? CorrectionReason,
    IReadOnlyList<LetterChange> Changes,
    bool InForce
)
{
    /// <summary>The letter as a web page, built from the tagged PDF; for the pages, not part of the API.</summary>
    [JsonIgnore]
    public string PageUrl { get; init; } = "";
}

/// <summary>Every letter of an application, oldest first, as the fold keeps them (<see cref="ApplicationState.Letters"/>).</summary>
public static class LetterHistory
{
    public static string Url(Guid applicationId, Guid letterId) => $"/api/applications/{applicationId}/letters/{letterId}.pdf";

    public static IReadOnlyList<LetterEntry> From(LoadedApplication loaded)
    {
        var inForce = loaded.State.Letter?.LetterId;
        return loaded
            .State.Letters.Select(l => new LetterEntry(
                l.LetterId,
                l.Round,
                l.Number,
                l.Kind,
                Url(loaded.Id, l.LetterId),
                l.Sha256,
                l.VerificationCode,
                l.IssuedAt,
                l.SupersedesVerificationCode,
                l.SupersededByVerificationCode,
                l.CorrectionReason,
                l.Changes,
                l.LetterId == inForce
            )
            {
                PageUrl = $"/applications/{loaded.Id}/letter/{l.LetterId}",
            })
            .ToList();
    }
}
