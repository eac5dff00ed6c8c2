namespace ResearchRelease.Web.Features.Drafting.Flow;

/// <summary>
/// The question flow: sections of the task list, and the pages in each, one topic a page. Each page lists the
/// <see cref="ApplicationInput"/> properties it asks for and the JSON paths (prefixes) of the answers it holds,
/// so screening findings and return reasons can be shown on the page they apply to.
/// </summary>
public static class FlowPages
{
    public sealed record Section(string Key, string Title, IReadOnlyList<Step> Steps);

    /// <param name="Url">Relative to <c>/applications/{id}/</c>.</param>
    /// <param name="Fields">For generic question pages, the input properties the page binds; empty for special pages.</param>
    public sealed record Step(string Url, string Title, IReadOnlyList<string> Fields, IReadOnlyList<string> Paths);

    private static Step Q(string slug, string title, string[] fields, params string[] paths) =>
        new($"questions/{slug}", title, fields, paths);

    public static readonly IReadOnlyList<Section> Sections =
    [
        new(
            "people",
            "People",
            [
                Q("applicant", "Lead applicant", ["ApplicantName", "ApplicantEmail", "ApplicantJobTitle"], "applicant"),
                Q("organisation", "Organisation", ["OrganisationName", "OrganisationType", "IcoRegistration"], "organisation"),
                new("named-users", "Named data users", [], ["namedUsers"]),
            ]
        ),
        new(
            "project",
            "Project",
            [
                Q("title", "Project title and summary", ["Title", "LaySummary"], "project.title", "project.laySummary"),
                new("research-questions", "Research questions", [], ["project.researchQuestions"]),
                Q("purpose", "What the project does", ["Activity", "SubjectFocus"], "project.activity", "project.subjectFocus"),
                Q("population", "Pupils in the study", ["PupilsInEngland", "KeyStages", "AcademicYears"], "project.population"),
                Q(
                    "outputs",
                    "Outputs and benefit",
                    ["IntendedOutputs", "PublicBenefit", "Funding", "SolelyCommercial"],
                    "project.intendedOutputs",
                    "project.publicBenefit",
                    "project.funding",
                    "project.solelyCommercial"
                ),
                Q(
                    "ethics",
                    "Ethics approval",
                    ["EthicsStatus", "EthicsBody", "EthicsReference", "EthicsNotRequiredReason"],
                    "project.ethics"
                ),
                Q(
                    "safeguards",
                    "Decisions and disclosure",
                    ["UsedForDecisions", "OutputsCouldIdentify", "DisclosureControl"],
                    "project.usedForDecisionsAboutIndividuals",
                    "project.outputsCouldIdentifyIndividuals",
                    "project.disclosureControl"
                ),
            ]
        ),
        new(
            "necessity",
            "Why you need pupil-level data",
            [
                Q(
                    "necessity",
                    "Why you need pupil-level data",
                    ["WhyAggregateIsNotEnough", "LinkageNeeded", "LinkageDescription"],
                    "necessity"
                ),
            ]
        ),
        new("data", "Data items", [new("data-items", "Data items", [], ["dataItems"])]),
        new(
            "settings",
            "Settings and safeguards",
            [
                Q(
                    "access",
                    "Access and security",
                    ["AccessRoute", "SecurityCertifications", "ProcessingInUk", "ProcessingLocation"],
                    "settings.accessRoute",
                    "settings.securityCertifications",
                    "settings.processingInUk",
                    "settings.processingLocation"
                ),
                Q(
                    "retention",
                    "Retention and destruction",
                    ["RetentionDay", "RetentionMonth", "RetentionYear", "RetentionReason"],
                    "settings.retentionEnd",
                    "settings.retentionReason"
                ),
                Q("lawful-basis", "Lawful basis", ["Article6", "Article9"], "settings.lawfulBasis"),
            ]
        ),
    ];

    public static IEnumerable<Step> AllSteps => Sections.SelectMany(s => s.Steps);

    public static Step? Find(string url) => AllSteps.FirstOrDefault(s => s.Url == url);

    /// <summary>The page after this one in the flow, or null after the last (then the task list).</summary>
    public static Step? Next(Step step)
    {
        var all = AllSteps.ToList();
        var i = all.IndexOf(step);
        return i >= 0 && i + 1 < all.Count ? all[i + 1] : null;
    }

    public static bool Holds(Step step, string path) =>
        step.Paths.Any(p =>
            path == p || path.StartsWith(p + ".", StringComparison.Ordinal) || path.StartsWith(p + "[", StringComparison.Ordinal)
        );

    public static Step? StepFor(string path) => AllSteps.FirstOrDefault(s => Holds(s, path));
}
