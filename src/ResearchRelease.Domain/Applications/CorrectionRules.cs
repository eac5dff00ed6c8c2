namespace ResearchRelease.Domain.Applications;

/// <summary>
/// What a letter correction may contain. A correction puts right clerical mistakes in the letter in force; it
/// never reopens the decision, so the outcome, data items, access route, end date and reasons are not inputs at
/// all, and the conditions may be reworded but not added or removed (that would be a different decision).
/// </summary>
public static class CorrectionRules
{
    public const int MaxReasonLength = 2_000;
    public const int MaxNameLength = 300;
    public const int MaxTitleLength = 500;

    public static CommandOutcome Validate(
        ApplicationState state,
        Actor actor,
        CorrectionRequest request,
        LetterFile? file,
        Deputies.DeputyDesignation? designation = null
    )
    {
        if (state.Letter is not { } current)
            return CommandOutcome.Fail(CommandFailure.Conflict, "The letter has not been issued yet, so there is nothing to correct.");
        if (request.SupersedesLetterId != current.LetterId)
            return CommandOutcome.Fail(
                CommandFailure.Conflict,
                "That letter has already been corrected. Only the letter in force can be corrected: open the case again."
            );

        var reason = request.Reason?.Trim() ?? "";
        if (reason.Length == 0)
            return Invalid("reason", "Enter the reason for the correction.");
        if (reason.Length > MaxReasonLength)
            return Invalid("reason", $"The reason must be {MaxReasonLength:N0} characters or fewer.");

        var before = LetterDetails.Current(state);
        var name = request.AddresseeName?.Trim() ?? "";
        if (name.Length == 0)
            return Invalid("addresseeName", "Enter the addressee's name.");
        if (name.Length > MaxNameLength)
            return Invalid("addresseeName", $"The addressee's name must be {MaxNameLength} characters or fewer.");
        var jobTitle = string.IsNullOrWhiteSpace(request.AddresseeJobTitle) ? null : request.AddresseeJobTitle.Trim();
        if (jobTitle?.Length > MaxNameLength)
            return Invalid("addresseeJobTitle", $"The job title must be {MaxNameLength} characters or fewer.");
        var organisation = request.OrganisationName?.Trim() ?? "";
        if (organisation.Length == 0)
            return Invalid("organisationName", "Enter the organisation's name.");
        if (organisation.Length > MaxNameLength)
            return Invalid("organisationName", $"The organisation's name must be {MaxNameLength} characters or fewer.");
        var title = request.ProjectTitle?.Trim() ?? "";
        if (title.Length == 0)
            return Invalid("projectTitle", "Enter the project title.");
        if (title.Length > MaxTitleLength)
            return Invalid("projectTitle", $"The project title must be {MaxTitleLength} characters or fewer.");

        var conditions = (request.Conditions ?? before.Conditions).Select(c => c?.Trim() ?? "").ToList();
        if (conditions.Count != before.Conditions.Count)
            return Invalid(
                "conditions",
                $"Keep all {before.Conditions.Count} conditions: a correction can reword a condition but not add or remove one. That needs a new decision."
            );
        if (conditions.FindIndex(c => c.Length == 0) is var empty and >= 0)
            return Invalid("conditions", $"Condition {empty + 1} is empty: reword it rather than removing it.");
        if (conditions.Any(c => c.Length > DecisionRules.MaxConditionLength))
            return Invalid("conditions", $"Each condition must be {DecisionRules.MaxConditionLength:N0} characters or fewer.");
        // Every detail is printed on the corrected letter and kept in the record: the same text rules as the form.
        var texts = new (string Field, string? Value, string Label)[]
        {
            ("reason", reason, "The reason"),
            ("addresseeName", name, "The addressee's name"),
            ("addresseeJobTitle", jobTitle, "The job title"),
            ("organisationName", organisation, "The organisation's name"),
            ("projectTitle", title, "The project title"),
        };
        foreach (var (field, value, label) in texts.Concat(conditions.Select((c, i) => ("conditions", (string?)c, $"Condition {i + 1}"))))
            if (TextRules.Problem(value, label) is { } problem)
                return Invalid(field, problem);
        if (SeparationOfDuties.Same(name, actor.Name))
            return CommandOutcome.Fail(CommandFailure.Forbidden, "You cannot address a corrected letter to yourself.");

        var after = new LetterDetails(name, jobTitle, organisation, title, conditions);
        var changes = Changes(before, after);
        if (changes.Count == 0)
            return Invalid("reason", "Nothing has changed: change at least one detail, or leave the letter as it is.");

        return CommandOutcome.Ok(
            new LetterCorrected(
                current.Round,
                current.Kind,
                file?.LetterId ?? Guid.Empty,
                file?.Sha256 ?? "",
                file?.VerificationCode ?? "",
                current.LetterId,
                current.VerificationCode,
                reason,
                changes,
                after,
                actor.Name,
                DecisionRules.TitleOf(actor, designation)
            )
        );
    }

    private static List<LetterChange> Changes(LetterDetails before, LetterDetails after)
    {
        var changes = new List<LetterChange>();
        void Compare(string field, string? was, string? now)
        {
            if (!string.Equals(was ?? "", now ?? "", StringComparison.Ordinal))
                changes.Add(new LetterChange(field, was ?? "", now ?? ""));
        }
        Compare("Addressee", before.AddresseeName, after.AddresseeName);
        Compare("Addressee's job title", before.AddresseeJobTitle, after.AddresseeJobTitle);
        Compare("Organisation", before.OrganisationName, after.OrganisationName);
        Compare("Project title", before.ProjectTitle, after.ProjectTitle);
        for (var i = 0; i < after.Conditions.Count; i++)
            Compare($"Condition {i + 1}", before.Conditions[i], after.Conditions[i]);
        return changes;
    }

    private static CommandOutcome Invalid(string field, string message) => CommandOutcome.Fail(CommandFailure.Invalid, message, field);
}
