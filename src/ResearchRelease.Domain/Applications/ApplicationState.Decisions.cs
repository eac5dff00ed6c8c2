namespace ResearchRelease.Domain.Applications;

/// <summary>How decisions and letters fold: the terms of a release move with approvals of extensions and corrections.</summary>
public sealed partial record ApplicationState
{
    private ApplicationState Decided(DecisionRecorded dr, DateTime at)
    {
        var decided = this with
        {
            Decision = dr,
            DecisionTimes = WithTime(dr.Round, at),
            Status = dr.Outcome switch
            {
                DecisionOutcomes.Approve => ApplicationStatus.Approved,
                DecisionOutcomes.Refuse => ApplicationStatus.Refused,
                _ => ApplicationStatus.ReturnedForChanges,
            },
            ReturnReasons = dr.Outcome == DecisionOutcomes.Return ? [dr.Reasons] : ReturnReasons,
            EndDate = dr.Outcome == DecisionOutcomes.Approve ? dr.EndDate : null,
        };
        return dr.Outcome == DecisionOutcomes.Return ? decided : decided with { LetterTerms = LetterDetails.Original(decided) };
    }

    /// <summary>
    /// Either way the release carries on: approval moves its end date and restates the conditions with it (the
    /// extension's letter becomes the letter in force once issued); refusal keeps the terms as they were.
    /// </summary>
    private ApplicationState ExtensionDecided(DecisionRecorded dr, DateTime at)
    {
        var approved = dr.Outcome == DecisionOutcomes.Approve;
        return this with
        {
            Status = ApplicationStatus.Approved,
            ExtensionDecisions = [.. ExtensionDecisions, dr],
            DecisionTimes = WithTime(dr.Round, at),
            EndDate = approved ? dr.EndDate ?? EndDate : EndDate,
            LetterTerms = approved && LetterTerms is { } terms ? terms with { Conditions = dr.Conditions } : LetterTerms,
            PendingExtension = null,
        };
    }

    private ApplicationState LetterIssuedAt(LetterIssued l, DateTime at)
    {
        var fact = new IssuedLetterFact(
            l.LetterId,
            l.Round,
            Letters.Count(x => x.Round == l.Round) + 1,
            l.Kind,
            l.Sha256,
            l.VerificationCode,
            at
        );
        if (!Extensions.Any(x => x.Round == l.Round))
            return this with { Letter = l, Letters = [.. Letters, fact] };
        var amendsTerms = ExtensionDecisions.Any(d => d.Round == l.Round && d.Outcome == DecisionOutcomes.Approve);
        return this with { ExtensionLetters = [.. ExtensionLetters, l], Letters = [.. Letters, fact], Letter = amendsTerms ? l : Letter };
    }

    private ApplicationState LetterCorrectedAt(LetterCorrected c, DateTime at)
    {
        var fact = new IssuedLetterFact(
            c.LetterId,
            c.Round,
            Letters.Count(x => x.Round == c.Round) + 1,
            c.Kind,
            c.Sha256,
            c.VerificationCode,
            at,
            c.SupersedesLetterId,
            c.SupersedesVerificationCode,
            c.Reason
        )
        {
            Changes = c.Changes,
        };
        var letters = Letters.Select(x =>
            x.LetterId == c.SupersedesLetterId ? x with { SupersededByVerificationCode = c.VerificationCode } : x
        );
        return this with
        {
            Letter = new LetterIssued(c.Round, c.Kind, c.LetterId, c.Sha256, c.VerificationCode),
            LetterTerms = c.Details,
            Letters = [.. letters, fact],
            Corrections = [.. Corrections, c],
        };
    }

    private Dictionary<int, DateTime> WithTime(int round, DateTime at) => new(DecisionTimes) { [round] = at };
}
