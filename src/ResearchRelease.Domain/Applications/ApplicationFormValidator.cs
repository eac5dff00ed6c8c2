using System.Globalization;

namespace ResearchRelease.Domain.Applications;

/// <summary>
/// Checks that what was sent is well-formed: known codes, sane lengths, real dates. A draft may be partial —
/// whether it is complete is the screening's question, not this one's. Field names are the JSON paths the
/// API and the pages share, so a 400 or an error summary can point at the exact answer.
/// </summary>
public static class ApplicationFormValidator
{
    public const int ShortText = 300;
    public const int LongText = 5_000;
    public const int MaxListItems = 100;

    /// <summary>One @ with something either side and no spaces: enough to catch a name typed in the email box.</summary>
    public static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && !email.Any(char.IsWhiteSpace);
    }

    /// <summary>
    /// The Information Commissioner's register numbers: "Z" and seven more characters, the second a letter or digit and
    /// the last six digits (Z1234567, ZA123456). Spaces and case are forgiven; anything else is a typing mistake.
    /// </summary>
    public static bool LooksLikeIcoRegistration(string value)
    {
        var compact = string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return compact.Length == 8 && compact[0] == 'Z' && char.IsAsciiLetterOrDigit(compact[1]) && compact[2..].All(char.IsAsciiDigit);
    }

    public static IReadOnlyList<FieldError> Validate(ApplicationForm form)
    {
        var errors = new List<FieldError>();
        void Text(string field, string? value, int max)
        {
            if (value is not null && value.Length > max)
                errors.Add(new(field, $"Must be {max:N0} characters or fewer."));
            else if (TextRules.Problem(value, FieldLabels.For(field)) is { } problem)
                errors.Add(new(field, problem));
        }
        void Code(string field, string? value, IReadOnlyList<string> allowed)
        {
            if (value is not null && !allowed.Contains(value))
                errors.Add(new(field, $"'{Clip(value)}' is not one of: {string.Join(", ", allowed)}."));
        }
        void List<T>(string field, List<T>? list)
        {
            if (list is not null && list.Count > MaxListItems)
                errors.Add(new(field, $"No more than {MaxListItems} entries."));
            // A null entry (JSON [null]) is no answer at all, and every reader of the form would trip over it later.
            for (var i = 0; i < (list?.Count ?? 0) && i < MaxListItems; i++)
                if (list![i] is null)
                    errors.Add(new($"{field}[{i}]", "Remove the empty entry, or give it a value."));
        }

        Text("applicant.name", form.Applicant?.Name, ShortText);
        Text("applicant.email", form.Applicant?.Email, ShortText);
        if (form.Applicant?.Email is { Length: > 0 } email && !email.Contains('@', StringComparison.Ordinal))
            errors.Add(new("applicant.email", "Enter an email address in the correct format, like name@example.ac.uk."));
        Text("applicant.jobTitle", form.Applicant?.JobTitle, ShortText);
        Text("organisation.name", form.Organisation?.Name, ShortText);
        Code("organisation.type", form.Organisation?.Type, FormCodes.OrganisationTypes);
        Text("organisation.icoRegistration", form.Organisation?.IcoRegistration, 20);
        if (form.Organisation?.IcoRegistration is { } ico && !string.IsNullOrWhiteSpace(ico) && !LooksLikeIcoRegistration(ico))
            errors.Add(
                new("organisation.icoRegistration", "Enter the ICO registration number in the correct format, like Z1234567 or ZA123456")
            );

        List("namedUsers", form.NamedUsers);
        for (var i = 0; i < (form.NamedUsers?.Count ?? 0); i++)
        {
            var user = form.NamedUsers![i];
            Text($"namedUsers[{i}].name", user?.Name, ShortText);
            if (user is not null && string.IsNullOrWhiteSpace(user.Name))
                errors.Add(new($"namedUsers[{i}].name", "Enter the named user's full name"));
            Text($"namedUsers[{i}].email", user?.Email, ShortText);
            if (user?.Email is { Length: > 0 } userEmail && !LooksLikeEmail(userEmail))
                errors.Add(new($"namedUsers[{i}].email", "Enter an email address in the correct format, like name@example.ac.uk."));
            Text($"namedUsers[{i}].organisation", user?.Organisation, ShortText);
            Text($"namedUsers[{i}].role", user?.Role, ShortText);
        }

        var p = form.Project;
        Text("project.title", p?.Title, ShortText);
        Text("project.laySummary", p?.LaySummary, LongText);
        List("project.researchQuestions", p?.ResearchQuestions);
        for (var i = 0; i < (p?.ResearchQuestions?.Count ?? 0); i++)
        {
            Text($"project.researchQuestions[{i}].id", p!.ResearchQuestions![i]?.Id, 20);
            Text($"project.researchQuestions[{i}].text", p.ResearchQuestions![i]?.Text, LongText);
        }
        Code("project.activity", p?.Activity, FormCodes.Activities);
        List("project.subjectFocus", p?.SubjectFocus);
        foreach (var (focus, i) in (p?.SubjectFocus ?? []).Select((f, i) => (f, i)))
            Code($"project.subjectFocus[{i}]", focus, FormCodes.SubjectFocus);
        List("project.intendedOutputs", p?.IntendedOutputs);
        foreach (var (output, i) in (p?.IntendedOutputs ?? []).Select((o, i) => (o, i)))
            Text($"project.intendedOutputs[{i}]", output, ShortText);
        List("project.population.keyStages", p?.Population?.KeyStages);
        foreach (var (stage, i) in (p?.Population?.KeyStages ?? []).Select((k, i) => (k, i)))
            Text($"project.population.keyStages[{i}]", stage, 20);
        List("project.population.academicYears", p?.Population?.AcademicYears);
        foreach (var (year, i) in (p?.Population?.AcademicYears ?? []).Select((y, i) => (y, i)))
            Text($"project.population.academicYears[{i}]", year, 20);
        Text("project.publicBenefit", p?.PublicBenefit, LongText);
        Text("project.funding", p?.Funding, ShortText);
        Code("project.ethics.status", p?.Ethics?.Status, FormCodes.EthicsStatuses);
        Text("project.ethics.body", p?.Ethics?.Body, ShortText);
        Text("project.ethics.reference", p?.Ethics?.Reference, ShortText);
        Text("project.ethics.notRequiredReason", p?.Ethics?.NotRequiredReason, LongText);
        Text("project.disclosureControl", p?.DisclosureControl, LongText);

        Text("necessity.whyAggregateIsNotEnough", form.Necessity?.WhyAggregateIsNotEnough, LongText);
        Text("necessity.linkageDescription", form.Necessity?.LinkageDescription, LongText);

        List("dataItems", form.DataItems);
        for (var i = 0; i < (form.DataItems?.Count ?? 0); i++)
        {
            var item = form.DataItems![i];
            Text($"dataItems[{i}].item", item?.Item, 64);
            Text($"dataItems[{i}].justification", item?.Justification, LongText);
            List($"dataItems[{i}].researchQuestions", item?.ResearchQuestions);
            foreach (var (question, q) in (item?.ResearchQuestions ?? []).Select((r, q) => (r, q)))
                Text($"dataItems[{i}].researchQuestions[{q}]", question, 20);
        }

        var s = form.Settings;
        Code("settings.accessRoute", s?.AccessRoute, FormCodes.AccessRoutes);
        List("settings.securityCertifications", s?.SecurityCertifications);
        foreach (var (cert, i) in (s?.SecurityCertifications ?? []).Select((c, i) => (c, i)))
            Code($"settings.securityCertifications[{i}]", cert, FormCodes.SecurityCertifications);
        Text("settings.processingLocation", s?.ProcessingLocation, ShortText);
        Text("settings.retentionReason", s?.RetentionReason, LongText);
        if (
            s?.RetentionEnd is { Length: > 0 } retention
            && !DateOnly.TryParseExact(retention, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        )
            errors.Add(new("settings.retentionEnd", "Enter a real date in the form YYYY-MM-DD."));
        Code("settings.lawfulBasis.article6", s?.LawfulBasis?.Article6, FormCodes.Article6Bases);
        Code("settings.lawfulBasis.article9", s?.LawfulBasis?.Article9, FormCodes.Article9Conditions);
        return errors;
    }

    private static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

public sealed record FieldError(string Field, string Message);
