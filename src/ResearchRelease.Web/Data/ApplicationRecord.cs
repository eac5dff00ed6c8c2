using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Data;

/// <summary>
/// A read model of one application (queues, lists, the decision register). A projection of the events,
/// rewritten in the same transaction as each append; it can always be rebuilt from <see cref="StoredEvent"/>.
/// </summary>
public sealed class ApplicationRecord
{
    public Guid Id { get; set; }
    public string Reference { get; set; } = "";
    public string OwnerSubject { get; set; } = "";
    public ApplicationStatus Status { get; set; }
    public string Title { get; set; } = "";
    public string OrganisationName { get; set; } = "";
    public string ApplicantName { get; set; } = "";
    public int Round { get; set; }
    public int Version { get; set; }
    public string? Recommendation { get; set; }
    public string? DecisionOutcome { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
}
