namespace ResearchRelease.Domain.Applications;

/// <summary>
/// The clerical details of a letter that a correction may change: who it is addressed to, the organisation,
/// the project title, and the wording of the conditions. Everything else on a letter (the decision, the data
/// items, the access route, the end date, the reasons) is the decision itself and can only change by a new one.
/// </summary>
public sealed record LetterDetails(
    string AddresseeName,
    string? AddresseeJobTitle,
    string OrganisationName,
    string ProjectTitle,
    IReadOnlyList<string> Conditions
)
{
    /// <summary>The details as the first letter printed them: from the form as submitted and the decision.</summary>
    public static LetterDetails Original(ApplicationState state)
    {
        var form = state.SubmittedForm ?? state.Form;
        return new LetterDetails(
            form.Applicant?.Name ?? "The applicant",
            string.IsNullOrWhiteSpace(form.Applicant?.JobTitle) ? null : form.Applicant.JobTitle,
            form.Organisation?.Name ?? "",
            form.Project?.Title ?? "(untitled project)",
            state.Decision?.Conditions ?? []
        );
    }

    /// <summary>The details the letter in force carries (a correction's, an extension's restated conditions), as the fold keeps them.</summary>
    public static LetterDetails Current(ApplicationState state) => state.LetterTerms ?? Original(state);
}

/// <summary>One field a correction changed, with the wording before and after (for the record and the letter).</summary>
public sealed record LetterChange(string Field, string Before, string After);

/// <summary>The file of a letter once rendered, signed and hashed; recorded in the event that issues it.</summary>
public sealed record LetterFile(Guid LetterId, string Sha256, string VerificationCode);
