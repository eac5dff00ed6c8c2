namespace ResearchRelease.Web.Features.Decisions;

/// <summary>POST /api/applications/{id}/decision. <c>endDate</c> is YYYY-MM-DD; <c>expectedVersion</c> guards against deciding a changed application.</summary>
public sealed record DecisionBody(string? Outcome, string? Reasons, List<string>? Conditions, string? EndDate, int? ExpectedVersion);
