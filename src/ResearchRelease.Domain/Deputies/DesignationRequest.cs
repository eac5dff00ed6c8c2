namespace ResearchRelease.Domain.Deputies;

/// <summary>What the Chief Statistician fills in to designate a deputy. Dates are days, both included.</summary>
public sealed record DesignationRequest(
    string? DeputySubject,
    string? DeputyName,
    string? DeputyEmail,
    string? DeputyTitle,
    DateOnly? From,
    DateOnly? Until,
    string? Reason
);
