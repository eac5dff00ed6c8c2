using ResearchRelease.Domain.Deputies;

namespace ResearchRelease.Web.Features.Deputies;

/// <summary>The designations as a table, for the Chief Statistician (with revoke links) and for compliance (read only).</summary>
public sealed record DesignationTable(IReadOnlyList<DeputyDesignation> Designations, DateOnly Today, bool CanRevoke);
