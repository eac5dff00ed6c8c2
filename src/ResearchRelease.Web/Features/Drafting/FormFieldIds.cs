using System.Text.RegularExpressions;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>
/// Maps the validator's JSON paths to the ids of the inputs on the form, so the error summary links
/// straight to the answer that needs fixing (GOV.UK error summary pattern).
/// </summary>
public static partial class FormFieldIds
{
    private static readonly Dictionary<string, string> Simple = new(StringComparer.Ordinal)
    {
        ["applicant.name"] = "ApplicantName",
        ["applicant.email"] = "ApplicantEmail",
        ["applicant.jobTitle"] = "ApplicantJobTitle",
        ["organisation.name"] = "OrganisationName",
        ["organisation.type"] = "OrganisationType",
        ["organisation.icoRegistration"] = "IcoRegistration",
        ["project.title"] = "Title",
        ["project.laySummary"] = "LaySummary",
        ["project.researchQuestions"] = "NewQuestion",
        ["project.activity"] = "Activity",
        ["project.subjectFocus"] = "SubjectFocus",
        ["project.intendedOutputs"] = "IntendedOutputs",
        ["project.population.keyStages"] = "KeyStages",
        ["project.population.academicYears"] = "AcademicYears",
        ["project.publicBenefit"] = "PublicBenefit",
        ["project.funding"] = "Funding",
        ["project.ethics.status"] = "EthicsStatus",
        ["project.ethics.body"] = "EthicsBody",
        ["project.ethics.reference"] = "EthicsReference",
        ["project.ethics.notRequiredReason"] = "EthicsNotRequiredReason",
        ["settings.processingInUk"] = "ProcessingInUk",
        ["settings.retentionReason"] = "RetentionReason",
        ["project.disclosureControl"] = "DisclosureControl",
        ["necessity.whyAggregateIsNotEnough"] = "WhyAggregateIsNotEnough",
        ["necessity.linkageDescription"] = "LinkageDescription",
        ["settings.accessRoute"] = "AccessRoute",
        ["settings.securityCertifications"] = "SecurityCertifications",
        ["settings.processingLocation"] = "ProcessingLocation",
        ["settings.retentionEnd"] = "RetentionDay",
        ["settings.lawfulBasis.article6"] = "Article6",
        ["settings.lawfulBasis.article9"] = "Article9",
        ["namedUsers"] = "NewName",
        ["dataItems"] = "data-items",
    };

    public static string For(string path)
    {
        if (Simple.TryGetValue(path, out var id))
            return id;
        var match = Indexed().Match(path);
        if (match.Success)
        {
            var index = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
            switch (match.Groups["list"].Value)
            {
                case "namedUsers":
                    return "NewName";
                case "dataItems":
                    return "Justification";
            }
            var parent = path[..match.Groups["list"].Index] + match.Groups["list"].Value;
            if (Simple.TryGetValue(parent, out var listId))
                return listId;
        }
        return "question-form";
    }

    [GeneratedRegex(@"(?<list>[A-Za-z.]+)\[(?<index>\d+)\]")]
    private static partial Regex Indexed();
}
