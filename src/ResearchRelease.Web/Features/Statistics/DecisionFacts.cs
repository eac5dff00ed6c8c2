using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Calendar;
using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Web.Features.Statistics;

/// <summary>
/// The facts one event adds to the statistics, read from the fold before and after it. Extension rounds are amendments of
/// a release, not applications, and are not counted; "decided" means approved or refused (a return is counted as returned).
/// </summary>
public static class DecisionFacts
{
    private static readonly TimeZoneInfo London = FindLondon();

    public static IEnumerable<DecisionFact> For(Guid id, ApplicationEvent e, ApplicationState before, ApplicationState after, DateTime at)
    {
        var on = LondonDate(at);
        DecisionFact Fact(string kind, int round) =>
            new()
            {
                ApplicationId = id,
                Round = round,
                Kind = kind,
                OccurredOn = on,
                Quarter = DecisionFact.QuarterOf(on),
            };
        switch (e)
        {
            case ApplicationSubmitted { Round: 1 }:
                yield return Fact(FactKinds.Received, 1);
                break;
            case ReturnedToResearcher r:
                yield return Fact(FactKinds.Returned, r.Round);
                break;
            case ApplicationWithdrawn w when before.SubmittedAt is not null:
                yield return Fact(w.Automatic ? FactKinds.Lapsed : FactKinds.Withdrawn, before.Round);
                break;
            case DecisionRecorded { Outcome: DecisionOutcomes.Return } d when !before.IsExtensionRound:
                yield return Fact(FactKinds.Returned, d.Round);
                break;
            case DecisionRecorded d when !before.IsExtensionRound:
                var recommendation = before.Screening?.Overall;
                var decided = Fact(FactKinds.Decided, d.Round);
                decided.WorkingDays = before.SubmittedAt is { } submitted
                    ? WorkingDayCount.Between(LondonDate(submitted), on, BankHolidays.EnglandAndWales.IsWorkingDay)
                    : null;
                decided.Recommendation = recommendation;
                decided.Agreed = Agreement(recommendation, d.Outcome);
                yield return decided;
                yield return Fact(d.Outcome == DecisionOutcomes.Approve ? FactKinds.Approved : FactKinds.Refused, d.Round);
                if (d.Outcome != DecisionOutcomes.Refuse)
                    break;
                foreach (
                    var f in (before.Screening?.Findings ?? []).Where(f =>
                        f.Severity is FindingSeverities.Blocks or FindingSeverities.NeedsJudgement
                    )
                )
                {
                    var reason = Fact(FactKinds.RefusalReason, d.Round);
                    reason.Part = f.Part;
                    reason.Reason = f.Reason.Length <= 1000 ? f.Reason : f.Reason[..1000];
                    yield return reason;
                }
                break;
        }
    }

    /// <summary>Eligible then approved, or ineligible then refused, agree; the reverse disagree; "needs judgement" points neither way.</summary>
    public static bool? Agreement(string? recommendation, string outcome) =>
        recommendation switch
        {
            "eligible" => outcome == DecisionOutcomes.Approve,
            "ineligible" => outcome == DecisionOutcomes.Refuse,
            _ => null,
        };

    private static DateOnly LondonDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London));

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
