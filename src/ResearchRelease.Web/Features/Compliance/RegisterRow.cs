namespace ResearchRelease.Web.Features.Compliance;

/// <summary>One line of the internal decision register, as listed, exported to CSV and to JSON.</summary>
public sealed record RegisterRow(
    Guid Id,
    string Reference,
    string Title,
    string Organisation,
    string Applicant,
    string Status,
    string? Recommendation,
    string? Decision,
    int Round,
    DateTime? SubmittedAt,
    DateTime? DecidedAt
);

/// <summary>
/// One page of register search results: the rows, how many match (counted no further than
/// <see cref="RegisterQuery.CountLimit"/>; <see cref="MoreThanLimit"/> says there are more), and the cursors of the
/// pages either side (null where there is none).
/// </summary>
public sealed record RegisterPage(IReadOnlyList<RegisterRow> Rows, int Total, bool MoreThanLimit, string? Previous, string? Next)
{
    public static readonly RegisterPage Empty = new([], 0, false, null, null);
}
