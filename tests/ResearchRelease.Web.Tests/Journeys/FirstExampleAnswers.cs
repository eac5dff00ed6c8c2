namespace ResearchRelease.Web.Tests.Journeys;

/// <summary>The first example case (pub-01) as a researcher would type it into the application form.</summary>
public static class FirstExampleAnswers
{
    public const string Title = "Free school meals and progress between key stages 2 and 4";

    /// <summary>The data items requested, each with its justification and the research questions it serves.</summary>
    public static readonly IReadOnlyList<(string Code, string Why, string[] Questions)> Items =
    [
        ("pseudonymous_pupil_id", "To follow the same pupil across key stages.", ["RQ1", "RQ2"]),
        ("fsm_eligibility", "The grouping variable for the gap.", ["RQ1", "RQ2"]),
        ("ks2_results", "Prior attainment.", ["RQ1"]),
        ("ks4_results", "Outcome.", ["RQ1", "RQ2"]),
        ("school_type", "Comparison by school type.", ["RQ2"]),
    ];

    /// <summary>The answers to the question pages, by input name (each page takes the ones it asks for).</summary>
    public static List<KeyValuePair<string, string>> Fields()
    {
        var f = new List<KeyValuePair<string, string>>();
        void Add(string name, string value) => f.Add(new("Input." + name, value));
        Add("ApplicantName", "Dr Priya Shah");
        Add("ApplicantEmail", "p.shah@example.ac.uk");
        Add("ApplicantJobTitle", "Senior Lecturer");
        Add("OrganisationName", "University of Northmoor");
        Add("OrganisationType", "university");
        Add("IcoRegistration", "Z7654321");
        Add("Title", Title);
        Add(
            "LaySummary",
            "How much of the gap in GCSE results between pupils who were and were not eligible for free school meals opens up during secondary school."
        );
        Add("Activity", "research");
        Add("SubjectFocus", "attainment");
        Add("SubjectFocus", "progression");
        Add("PupilsInEngland", "yes");
        Add("KeyStages", "KS2");
        Add("KeyStages", "KS4");
        Add("AcademicYears", "2016/17, 2017/18, 2018/19, 2019/20, 2020/21, 2021/22");
        Add("IntendedOutputs", "peer-reviewed journal article\nworking paper");
        Add("PublicBenefit", "Evidence on when disadvantage gaps open helps target school funding.");
        Add("Funding", "Economic and Social Research Council");
        Add("SolelyCommercial", "no");
        Add("EthicsStatus", "approved");
        Add("EthicsBody", "University of Northmoor Research Ethics Committee");
        Add("EthicsReference", "UNREC-2026-114");
        Add("UsedForDecisions", "no");
        Add("OutputsCouldIdentify", "no");
        Add("DisclosureControl", "Outputs checked by the trusted research environment; cell counts under 10 suppressed.");
        Add(
            "WhyAggregateIsNotEnough",
            "Progress must be measured for the same pupils across key stages, controlling for prior attainment; published tables give only school-level averages."
        );
        Add("LinkageNeeded", "no");
        Add("AccessRoute", "ons_secure_research_service");
        Add("SecurityCertifications", "iso27001");
        Add("ProcessingLocation", "UK");
        Add("RetentionDay", "31");
        Add("RetentionMonth", "3");
        Add("RetentionYear", "2029");
        Add("Article6", "public_task");
        return f;
    }
}
