using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// A complete application that is eligible under both wordings (attainment research, pseudonymised, in a trusted
/// research environment), built in code so the clause tests do not depend on the shared file. Each test
/// changes one answer with the helpers below.
/// </summary>
public static class TestForms
{
    public static ApplicationForm Eligible() =>
        new()
        {
            Applicant = new()
            {
                Name = "Dr Ada Okafor",
                Email = "a.okafor@example.ac.uk",
                JobTitle = "Reader",
            },
            Organisation = new()
            {
                Name = "University of Eastfield",
                Type = "university",
                IcoRegistration = "Z1234567",
            },
            NamedUsers = [new() { Name = "Dr Ada Okafor", AccreditedResearcher = true }],
            Project = new()
            {
                Title = "Disadvantage and progress in secondary school",
                LaySummary = "Whether the attainment gap between disadvantaged pupils and others widens between key stages 2 and 4.",
                ResearchQuestions =
                [
                    new()
                    {
                        Id = "RQ1",
                        Text = "How does progress from key stage 2 to key stage 4 differ by free school meals eligibility?",
                    },
                    new() { Id = "RQ2", Text = "Does the gap differ between school types?" },
                ],
                Activity = "research",
                SubjectFocus = ["attainment", "progression"],
                Population = new()
                {
                    PupilsInEngland = true,
                    KeyStages = ["KS2", "KS4"],
                    AcademicYears = ["2020/21", "2021/22"],
                },
                IntendedOutputs = ["peer-reviewed journal article"],
                PublicBenefit = "Shows when disadvantage gaps open, to help target school funding.",
                Funding = "Nuffield Foundation",
                SolelyCommercial = false,
                Ethics = new()
                {
                    Status = "approved",
                    Body = "Eastfield Research Ethics Committee",
                    Reference = "EREC-26-001",
                },
                UsedForDecisionsAboutIndividuals = false,
                OutputsCouldIdentifyIndividuals = false,
                DisclosureControl = "Outputs checked by the trusted research environment; counts under 10 suppressed.",
            },
            Necessity = new()
            {
                WhyAggregateIsNotEnough =
                    "Progress must be measured for the same pupils across key stages; published tables give only school averages.",
                LinkageNeeded = false,
            },
            DataItems =
            [
                Item("pseudonymous_pupil_id", "To follow the same pupil across key stages.", "RQ1", "RQ2"),
                Item("fsm_eligibility", "The grouping variable for the gap.", "RQ1", "RQ2"),
                Item("ks2_results", "Prior attainment.", "RQ1"),
                Item("ks4_results", "Outcome.", "RQ1", "RQ2"),
                Item("school_type", "Comparison by school type.", "RQ2"),
            ],
            Settings = new()
            {
                AccessRoute = "ons_secure_research_service",
                SecurityCertifications = ["iso27001"],
                ProcessingLocation = "UK",
                RetentionEnd = "2029-03-31",
                LawfulBasis = new() { Article6 = "public_task" },
            },
        };

    public static RequestedDataItem Item(string code, string? justification, params string[] questions) =>
        new()
        {
            Item = code,
            Justification = justification,
            ResearchQuestions = [.. questions],
        };

    public static ApplicationForm WithProject(this ApplicationForm form, Func<ProjectDetails, ProjectDetails> change) =>
        form with
        {
            Project = change(form.Project!),
        };

    public static ApplicationForm WithNecessity(this ApplicationForm form, Func<NecessityCase, NecessityCase> change) =>
        form with
        {
            Necessity = change(form.Necessity!),
        };

    public static ApplicationForm WithSettings(this ApplicationForm form, Func<Settings, Settings> change) =>
        form with
        {
            Settings = change(form.Settings!),
        };

    public static ApplicationForm WithItems(this ApplicationForm form, params RequestedDataItem[] items) =>
        form with
        {
            DataItems = [.. items],
        };

    public static ApplicationForm AddItem(this ApplicationForm form, RequestedDataItem item) =>
        form with
        {
            DataItems = [.. form.DataItems ?? [], item],
        };

    public static ScreeningResult Screen(this ApplicationForm form, string version) =>
        RegulationTest.Screen(form, Ruleset.FromVersion(version), DataItemCatalogue.Default);

    public static ScreeningResult Screen(this ApplicationForm form, Ruleset ruleset) =>
        RegulationTest.Screen(form, ruleset, DataItemCatalogue.Default);
}
