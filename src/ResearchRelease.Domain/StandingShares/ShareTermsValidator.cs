using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.StandingShares;

/// <summary>
/// What must be true of terms before the Chief Statistician is asked to approve them. A draft may be incomplete; a
/// submission may not. Messages say what to do, in the GOV.UK style.
/// </summary>
public static class ShareTermsValidator
{
    public const int MaxText = 2000;

    public static IReadOnlyList<FieldError> Validate(ShareTerms t, IReadOnlySet<string> catalogue, DateOnly today)
    {
        var errors = new List<FieldError>();
        void Need(string? value, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(value))
                errors.Add(new FieldError(field, message));
            else if (value.Length > MaxText)
                errors.Add(new FieldError(field, $"Shorten this to {MaxText} characters or fewer."));
        }
        Need(t.RecipientBody, "recipientBody", "Enter the body that receives the data");
        Need(t.LegalGateway, "legalGateway", "Enter the legal gateway that allows the share");
        Need(t.Purpose, "purpose", "Enter what the body uses the data for");
        Need(t.PublicBenefit, "publicBenefit", "Enter the public benefit of the share");
        if (!FormCodes.OrganisationTypes.Contains(t.Sector ?? ""))
            errors.Add(new FieldError("sector", "Select the kind of organisation"));
        if (!FormCodes.Article6Bases.Contains(t.Article6 ?? ""))
            errors.Add(new FieldError("article6", "Select the lawful basis under Article 6"));
        if (t.Article9 is { Length: > 0 } a9 && !FormCodes.Article9Conditions.Contains(a9))
            errors.Add(new FieldError("article9", "Select an Article 9 condition from the list, or none"));
        if (!ShareCodes.Frequencies.Contains(t.Frequency ?? ""))
            errors.Add(new FieldError("frequency", "Select how often the data is shared"));
        if (!FormCodes.AccessRoutes.Contains(t.AccessRoute ?? ""))
            errors.Add(new FieldError("accessRoute", "Select how the body receives the data"));
        if (t.DataItems.Count == 0)
            errors.Add(new FieldError("dataItems", "Select at least one data item"));
        else if (t.DataItems.FirstOrDefault(i => !catalogue.Contains(i)) is { } unknown)
            errors.Add(new FieldError("dataItems", $"\"{unknown}\" is not in the data item catalogue"));
        else if (t.DataItems.Distinct().Count() != t.DataItems.Count)
            errors.Add(new FieldError("dataItems", "Select each data item once"));
        Dates(t, today, errors);
        return errors;
    }

    private static void Dates(ShareTerms t, DateOnly today, List<FieldError> errors)
    {
        if (t.AgreementStart is not { } start)
            errors.Add(new FieldError("agreementStart", "Enter the date the agreement starts"));
        if (t.AgreementEnd is not { } end)
            errors.Add(new FieldError("agreementEnd", "Enter the date the agreement ends"));
        if (t.ReviewDate is not { } review)
            errors.Add(new FieldError("reviewDate", "Enter the date the agreement must be reviewed"));
        if (t is not { AgreementStart: { } s, AgreementEnd: { } e, ReviewDate: { } r })
            return;
        if (e <= s)
            errors.Add(new FieldError("agreementEnd", "The end date must be after the start date"));
        if (e <= today)
            errors.Add(new FieldError("agreementEnd", "The end date must be in the future"));
        if (r <= today)
            errors.Add(new FieldError("reviewDate", "The review date must be in the future"));
        if (r > e)
            errors.Add(new FieldError("reviewDate", "The review date must be on or before the end date"));
    }
}
