namespace ResearchRelease.Web.Features.Compliance;

/// <summary>One line of the internal decision register, as listed, exported to CSV and to JSON.</summary>
public sealed record RegisterRow(
    Guid Id, string Reference, string Title, string Organisation, string Applicant, string Status,
    string? Recommendation, string? Decision, int Round, DateTime? SubmittedAt, DateTime? DecidedAt);

/// <summary>One page of register search results.</summary>
public sealed record RegisterPage(IReadOnlyList<RegisterRow> Rows, int Total, int Page, int PageCount);
