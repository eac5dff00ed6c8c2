using System.Text.RegularExpressions;
using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Pages.Applications;

/// <summary>
/// Maps the validator's JSON paths to the ids of the inputs on the form, so the error summary links
/// straight to the answer that needs fixing (GOV.UK error summary pattern).
/// </summary>
public static partial class FormFieldIds
{
    private static readonly Dictionary<string, string> Simple = new(StringComparer.Ordinal)
    {
        ["applicant.name"] = "ApplicantName", ["applicant.email"] = "ApplicantEmail", ["applicant.jobTitle"] = "ApplicantJobTitle",
        ["organisation.name"] = "OrganisationName", ["organisation.type"] = "OrganisationType", ["organisation.icoRegistration"] = "IcoRegistration",
        ["project.title"] = "Title", ["project.laySummary"] = "LaySummary", ["project.researchQuestions"] = "ResearchQuestions",
        ["project.activity"] = "Activity", ["project.subjectFocus"] = "SubjectFocus", ["project.intendedOutputs"] = "IntendedOutputs",
        ["project.population.keyStages"] = "KeyStages", ["project.population.academicYears"] = "AcademicYears",
        ["project.publicBenefit"] = "PublicBenefit", ["project.funding"] = "Funding", ["project.ethics.status"] = "EthicsStatus",
        ["project.ethics.body"] = "EthicsBody", ["project.ethics.reference"] = "EthicsReference", ["project.disclosureControl"] = "DisclosureControl",
        ["necessity.whyAggregateIsNotEnough"] = "WhyAggregateIsNotEnough", ["necessity.linkageDescription"] = "LinkageDescription",
        ["settings.accessRoute"] = "AccessRoute", ["settings.securityCertifications"] = "SecurityCertifications",
        ["settings.processingLocation"] = "ProcessingLocation", ["settings.retentionEnd"] = "RetentionDay",
        ["settings.lawfulBasis.article6"] = "Article6", ["settings.lawfulBasis.article9"] = "Article9", ["namedUsers"] = "NamedUsers_0__Name",
        ["dataItems"] = "data-items",
    };

    public static string For(string path, ApplicationForm form)
    {
        if (Simple.TryGetValue(path, out var id)) return id;
        var match = Indexed().Match(path);
        if (match.Success)
        {
            var index = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
            switch (match.Groups["list"].Value)
            {
                case "namedUsers": return $"NamedUsers_{index}__Name";
                case "dataItems" when index < (form.DataItems?.Count ?? 0):
                    return $"Items_{form.DataItems![index].Item}__Justification";
            }
            var parent = path[..match.Groups["list"].Index] + match.Groups["list"].Value;
            if (Simple.TryGetValue(parent, out var listId)) return listId;
        }
        return "application-form";
    }

    [GeneratedRegex(@"(?<list>[A-Za-z.]+)\[(?<index>\d+)\]")]
    private static partial Regex Indexed();
}
