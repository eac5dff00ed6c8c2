using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.StandingShares;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>A standing share as the API shows it to staff: the fold, nothing re-derived.</summary>
public sealed record ShareView(
    Guid Id,
    string Reference,
    string Status,
    int Round,
    int Version,
    ShareTerms Terms,
    ShareTerms? InForce,
    DateTime? FirstApprovedAt,
    DateTime? ApprovedAt,
    bool ReviewReminded,
    bool ReviewOverdue,
    IReadOnlyList<ShareDecisionView> Decisions,
    IReadOnlyList<string> AllowedActions
)
{
    public static ShareView From(Guid id, StandingShareState s, Actor viewer) =>
        new(
            id,
            s.Reference,
            s.Status.ToString(),
            s.Round,
            s.Version,
            s.Terms,
            s.InForce,
            s.FirstApprovedAt,
            s.ApprovedAt,
            s.ReviewReminded,
            s.ReviewOverdue,
            [
                .. s.Decisions.Select(d => new ShareDecisionView(
                    d.Decision.Round,
                    d.Decision.Outcome,
                    d.Decision.Reasons,
                    d.Decision.SignatoryName,
                    d.Decision.SignatoryTitle,
                    d.At
                )),
            ],
            [.. Enum.GetValues<ShareCommand>().Where(c => SharePermissions.Allows(s.Status, viewer.Role, c)).Select(c => c.ToString())]
        );
}

public sealed record ShareDecisionView(
    int Round,
    string Outcome,
    string Reasons,
    string SignatoryName,
    string SignatoryTitle,
    DateTime DecidedAt
);
