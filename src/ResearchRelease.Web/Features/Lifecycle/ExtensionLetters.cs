using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Calendar;
using ResearchRelease.Web.Letters;

namespace ResearchRelease.Web.Features.Lifecycle;

/// <summary>How a decision letter is reworded as an amendment of the approval, for an extension approved or refused.</summary>
public static class ExtensionLetters
{
    public static LetterContent Amend(LetterContent letter, ApplicationState state, DecisionRecorded decision, ExtensionRequested request)
    {
        var original = PlainDates.Day(request.CurrentEndDate);
        if (decision.Outcome == DecisionOutcomes.Approve)
        {
            var newEnd = PlainDates.Day(decision.EndDate!.Value);
            return letter with
            {
                Heading = $"Amendment to approval {state.Reference}: new end date {newEnd}",
                DecisionSummary =
                    $"amended: the release, which was due to end on {original}, now ends on {newEnd}; "
                    + "every other term of the approval continues to apply",
                Reasons = [new LetterReason("Your request", request.Justification), .. letter.Reasons],
            };
        }
        return letter with
        {
            Heading = $"Amendment to approval {state.Reference}: extension refused",
            DecisionSummary =
                $"refused an extension: the release continues to its original end date, {original}, when the data must be destroyed",
            WhatCouldChange = [],
            Reasons =
            [
                new LetterReason("Your request", $"To extend the release to {PlainDates.Day(request.NewEndDate)}. {request.Justification}"),
                .. letter.Reasons,
            ],
        };
    }
}
