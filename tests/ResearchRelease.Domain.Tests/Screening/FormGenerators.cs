using CsCheck;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// Random applications for the property tests: each answer drawn from a small pool of realistic and awkward
/// values. Half the forms answer every mandatory question (so the limbs, not completeness, decide them); the
/// other half may leave anything out.
/// </summary>
public static class FormGenerators
{
    private static readonly string[] Codes = [.. DataItemCatalogue.Seed.Select(i => i.Code), "shoe_size"];

    /// <summary>A complete or a partial form, equally often.</summary>
    public static readonly Gen<ApplicationForm> AnyForm = Gen.OneOf(Forms(complete: true), Forms(complete: false));

    /// <summary>A justified item: a real justification tied to the base form's own questions.</summary>
    public static readonly Gen<RequestedDataItem> JustifiedItem = Gen.Select(
        Gen.OneOf(Codes),
        Gen.OneOf("RQ1", "RQ2").Array[1, 2],
        (code, questions) =>
            new RequestedDataItem
            {
                Item = code,
                Justification = $"Measures what {code} adds to the analysis.",
                ResearchQuestions = [.. questions],
            }
    );

    /// <summary>Eligible variations of the base form: research on achievement, benign items.</summary>
    public static readonly Gen<ApplicationForm> EligibleForm = Gen.Select(
        Gen.OneOf("research", "analysis"),
        Gen.OneOf("attainment", "progression").Array[1, 2],
        Gen.OneOf("ks2_results", "ks4_results", "school_type", "gender", "nc_year_group", "fsm_eligibility").Array[1, 4],
        (activity, foci, codes) =>
            TestForms
                .Eligible()
                .WithProject(p => p with { Activity = activity, SubjectFocus = [.. foci.Distinct()] })
                .WithItems([.. codes.Distinct().Select(c => TestForms.Item(c, $"{c} is a variable in the model.", "RQ1"))])
    );

    /// <summary>
    /// Usually the first value, sometimes one of the others, so that about one complete form in five is eligible;
    /// when <paramref name="complete"/> is false the answer may also be missing or blank.
    /// </summary>
    private static Gen<string?> Answer(bool complete, string usual, params string[] others)
    {
        var pool = Mostly<string?>(usual, others);
        return complete ? pool : Gen.Frequency((6, pool), (1, Gen.OneOf<string?>(null, " ")));
    }

    private static Gen<T> Mostly<T>(T usual, params T[] others)
    {
        (int, T)[] weighted = [(12 * Math.Max(1, others.Length), usual), .. others.Select(o => (1, o))];
        return Gen.Frequency(weighted);
    }

    private static Gen<bool?> YesNo(bool complete, bool usual)
    {
        var pool = Mostly<bool?>(usual, !usual);
        return complete ? pool : Gen.Frequency((6, pool), (1, Mostly<bool?>(null)));
    }

    private static Gen<ApplicationForm> Forms(bool complete)
    {
        var min = complete ? 1 : 0;
        var item = Gen.Select(
            Mostly("ks4_results", complete ? Codes : [.. Codes, ""]),
            Mostly<string?>("To follow the same pupil across key stages.", "Outcome.", "Needed for the file.", "", null),
            Mostly("RQ1", "RQ2", "RQ9").Array[min, 2],
            (code, why, questions) =>
                new RequestedDataItem
                {
                    Item = code,
                    Justification = why,
                    ResearchQuestions = [.. questions],
                }
        );

        var project = Gen.Select(
            Gen.Select(
                Answer(complete, "research", "analysis", "statistics", "information_advice_guidance", "other", "consultancy"),
                Gen.OneOf([.. FormCodes.SubjectFocus]).Array[min, 3],
                Mostly(
                    "How does progress from key stage 2 to key stage 4 differ by free school meals eligibility?",
                    "How has the prevalence of obesity at age 10-11 changed?",
                    "How do average Progress 8 scores differ between academies and maintained schools?",
                    "Which parents would buy tutoring?"
                ).Array[min, 2],
                Mostly(
                    "peer-reviewed journal article",
                    "marketing campaign",
                    "list of pupils for the tutoring programme",
                    "news story on the gap",
                    "a subscription product for schools"
                ).Array[min, 2]
            ),
            Gen.Select(YesNo(complete, false), YesNo(complete, false), YesNo(complete, false), YesNo(complete, true)),
            Gen.Select(
                Answer(complete, "approved", "pending", "not_required"),
                Answer(complete, "Cells under 10 suppressed."),
                Answer(complete, "Helps target funding.")
            ),
            (a, b, c) =>
                TestForms.Eligible().Project! with
                {
                    Activity = a.Item1,
                    SubjectFocus = [.. a.Item2],
                    ResearchQuestions = [.. a.Item3.Select((t, i) => new ResearchQuestion { Id = $"RQ{i + 1}", Text = t })],
                    IntendedOutputs = [.. a.Item4],
                    SolelyCommercial = b.Item1,
                    UsedForDecisionsAboutIndividuals = b.Item2,
                    OutputsCouldIdentifyIndividuals = b.Item3,
                    Population = new Population { PupilsInEngland = b.Item4, AcademicYears = ["2021/22"] },
                    Ethics = new Ethics
                    {
                        Status = c.Item1,
                        Body = "REC",
                        Reference = "REC-1",
                    },
                    DisclosureControl = c.Item2,
                    PublicBenefit = c.Item3,
                }
        );

        var settings = Gen.Select(
            Answer(complete, "ons_secure_research_service", "other_trusted_research_environment", "direct_transfer"),
            Gen.OneOf("iso27001", "cyber_essentials_plus", "none").Array[min, 1],
            complete ? Gen.Const<string?>("2029-03-31") : Gen.OneOf<string?>("2029-03-31", "31/03/2029", null),
            Answer(complete, "public_task", "legitimate_interests"),
            Gen.OneOf<string?>("archiving_research_statistics", null),
            (route, certs, end, art6, art9) =>
                new Settings
                {
                    AccessRoute = route,
                    SecurityCertifications = [.. certs],
                    ProcessingLocation = "UK",
                    RetentionEnd = end,
                    LawfulBasis = new LawfulBasis { Article6 = art6, Article9 = art9 },
                }
        );

        return Gen.Select(
            project,
            settings,
            item.Array[min, 4],
            Answer(
                complete,
                "Progress must be measured for the same pupils across key stages.",
                "It is more convenient to have the raw data.",
                "Because we need it.",
                "We have thought carefully about this question and believe this is the right approach."
            ),
            YesNo(complete, false),
            Gen.Int[min, 2],
            Answer(complete, "university", "charity", "commercial", "media"),
            (p, s, items, why, linkage, users, orgType) =>
                TestForms.Eligible() with
                {
                    Organisation = new Organisation
                    {
                        Name = "Org",
                        Type = orgType,
                        IcoRegistration = "Z1",
                    },
                    NamedUsers =
                    [
                        .. Enumerable.Range(0, users).Select(i => new NamedUser { Name = $"User {i}", AccreditedResearcher = i == 0 }),
                    ],
                    Project = p,
                    Necessity = new NecessityCase
                    {
                        WhyAggregateIsNotEnough = why,
                        LinkageNeeded = linkage,
                        LinkageDescription = linkage == true ? "DfE links to survey records." : null,
                    },
                    DataItems = [.. items],
                    Settings = s,
                }
        );
    }
}
