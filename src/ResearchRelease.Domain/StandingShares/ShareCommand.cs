namespace ResearchRelease.Domain.StandingShares;

public enum ShareCommand
{
    UpdateTerms,
    Submit,
    Decide,
    ProposeRenewal,
    RecordReviewReminder,
    FlagReviewOverdue,
}
