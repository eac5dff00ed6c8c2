using ResearchRelease.Web.Letters;

namespace ResearchRelease.Web.Tests.Letters;

/// <summary>Letters used by the tests and by the lab that renders them to PNG for a visual check.</summary>
internal static class LetterSamples
{
    public static readonly string[] StandardConditions =
    [
        "The data must be used only for the research and statistical purposes described in the application.",
        "The data must not be used to support measures or decisions about particular individuals.",
        "No individual may be identified in any result; all outputs must pass statistical disclosure control before release.",
        "The data must not be shared with anyone who is not a named data user on this application.",
        "All outputs must be checked by the access route's output checkers before they leave the secure environment.",
        "The data must be destroyed by the end date and destruction confirmed to the Department in writing.",
    ];

    public static LetterContent Approval() =>
        new()
        {
            Kind = LetterKind.Approval,
            Reference = "RR-2026-0042",
            Date = new DateOnly(2026, 3, 3),
            AddresseeName = "Dr Jane Smith",
            AddresseeJobTitle = "Senior Research Fellow",
            OrganisationName = "University of Leeds",
            ProjectTitle = "Attainment gaps at key stage 4 and free school meals",
            DecisionSummary = "approved with conditions",
            DataItems =
            [
                new("KS4_ATT8", "Attainment 8 score", "Other"),
                new("FSM_EVER6", "Free school meals eligibility (ever 6)", "Sensitive"),
                new("PUPIL_PSEUDO_ID", "Pseudonymous pupil identifier", "Other"),
            ],
            Cohorts = ["Key stage 4, academic years 2018/19 to 2022/23"],
            AccessRoute = "ONS Secure Research Service",
            Conditions = StandardConditions[..4],
            EndDate = new DateOnly(2028, 3, 31),
            SignatoryName = "Alex Morgan",
            SignatoryTitle = "Chief Statistician",
            SignedAt = new DateTimeOffset(2026, 3, 3, 14, 5, 0, TimeSpan.Zero),
            VerificationCode = "7KQ2-M9XD",
            VerificationUrl = "https://research-release.education.gov.uk/verify/7KQ2-M9XD",
        };

    /// <summary>
    /// A short approval that fits on one page (a letter with every section, like <see cref="Approval"/>, runs
    /// to two): used for the one-page layout and timing checks.
    /// </summary>
    public static LetterContent OnePage() =>
        Approval() with
        {
            AddresseeJobTitle = null,
            DataItems = Approval().DataItems.Take(2).ToList(),
            Cohorts = [],
            Conditions = StandardConditions[1..3],
            AccessRoute = null,
            EndDate = null,
        };

    /// <summary>40 conditions, 30 data items, long names and an unbroken long word: must run to three or more pages.</summary>
    public static LetterContent Long() =>
        Approval() with
        {
            Reference = "RR-2026-0999",
            AddresseeName = "Professor Maximiliana Alexandrovna Featherstonehaugh-Montgomery-Wolstenholme",
            AddresseeJobTitle = "Director of the Centre for Longitudinal Studies of Educational Attainment and Social Mobility",
            OrganisationName =
                "The Institute for Fiscal and Educational Research in Secondary, Further and Higher Education (Northern England)",
            ProjectTitle =
                "The long-run effects of pupil premium funding on attainment, progression and "
                + "well-being across key stages 2 to 5, with linkage to post-16 learner records and "
                + "Supercalifragilisticexpialidociousantidisestablishmentarianismfloccinaucinihilipilification",
            DataItems = Enumerable
                .Range(1, 30)
                .Select(i => new LetterDataItem(
                    $"ITEM_{i:00}",
                    i % 7 == 0
                        ? $"Item {i}: a deliberately long data item name that has to wrap over several lines of the middle column of the table so rows vary in height"
                        : $"Data item number {i}",
                    i % 3 == 0 ? "Identifying"
                        : i % 3 == 1 ? "Sensitive"
                        : "Other"
                ))
                .ToList(),
            Cohorts = ["Key stage 2, 2014/15 to 2018/19", "Key stage 4, 2017/18 to 2022/23", "Key stage 5, 2019/20 to 2023/24"],
            Conditions = Enumerable
                .Range(1, 40)
                .Select(i =>
                    i <= StandardConditions.Length
                        ? StandardConditions[i - 1]
                        : $"Specific condition {i}: the researcher must comply with requirement number {i}"
                            + (
                                i % 5 == 0
                                    ? ", which is written at length so that it wraps onto a second and a third line of the letter body and tests the hanging indent."
                                    : "."
                            )
                )
                .ToList(),
            Reasons = [new("Linkage", "Linkage to learner records is approved only within the secure environment.")],
        };

    /// <summary>Every field at or far beyond any sensible length: a row and a condition each longer than a page.</summary>
    public static LetterContent Extreme()
    {
        static string Words(string word, int count) => string.Join(" ", Enumerable.Repeat(word, count).Select((w, i) => $"{w}{i}"));
        return Long() with
        {
            Reference = "RR-" + new string('X', 197),
            AddresseeName = Words("Name", 60),
            DataItems =
            [
                new("CODE_" + new string('Z', 80), Words("enormous", 700), "Highly sensitive (children's services)"),
                new("SHORT", "Short item", "Other"),
            ],
            Conditions = ["First condition.", Words("lengthy", 1200), "Last condition."],
            SignatoryName = Words("Signatory", 40),
            VerificationCode = new string('C', 100),
            VerificationUrl = "https://research-release.education.gov.uk/verify/" + new string('u', 450),
        };
    }

    public static LetterContent NonLatin() =>
        Approval() with
        {
            Reference = "RR-2026-0101",
            AddresseeName = "Łukasz Wiśniewski",
            AddresseeJobTitle = "Badacz, Wydział Pedagogiczny",
            OrganisationName = "Πανεπιστήμιο Αθηνών (University of Athens)",
            ProjectTitle = "Progress of pupils with Polish, Greek and Russian as a first language",
            SignatoryName = "Ελένη Παπαδοπούλου",
            SignatoryTitle = "Deputy Chief Statistician (designated)",
            Cohorts = ["Ученики ключевого этапа 2 (Key stage 2), 2019/20"],
        };

    public static LetterContent Refusal() =>
        new()
        {
            Kind = LetterKind.Refusal,
            Reference = "RR-2026-0077",
            Date = new DateOnly(2026, 7, 14),
            AddresseeName = "Sam Taylor",
            OrganisationName = "Brightside Analytics Ltd",
            ProjectTitle = "Pupil-level marketing propensity model",
            DecisionSummary = "refused",
            Reasons =
            [
                new(
                    "Purpose",
                    "The project is to build a marketing model for a product. It is not research into the educational achievements of pupils."
                ),
                new(
                    "Necessity",
                    "Published school-level statistics would answer the stated questions; individual pupil information is not required."
                ),
                new("Identification", "The outputs described would allow individual pupils to be identified."),
            ],
            WhatCouldChange =
            [
                "Describe research questions about pupils' educational achievements.",
                "Explain why published or aggregate statistics cannot answer them.",
                "Request a pseudonymous identifier instead of names and full dates of birth.",
            ],
            SignatoryName = "Alex Morgan",
            SignatoryTitle = "Chief Statistician",
            SignedAt = new DateTimeOffset(2026, 7, 14, 9, 30, 0, TimeSpan.Zero),
            VerificationCode = "Q4ZP-2HTW",
            VerificationUrl = "https://research-release.education.gov.uk/verify/Q4ZP-2HTW",
        };

    /// <summary>A corrected approval: the correction panel sits above the salutation.</summary>
    public static LetterContent Corrected() =>
        Approval() with
        {
            NamedUsers =
            [
                "Dr Jane Smith, Principal investigator, University of Leeds",
                "Tom Okafor, Research assistant, University of Leeds",
            ],
            Correction = new LetterCorrectionNotice(
                "7KQ2-AAAA",
                new DateOnly(2026, 3, 1),
                "The organisation's name was misspelt.",
                ["Organisation name"],
                "Alex Morgan, Chief Statistician"
            ),
        };

    /// <summary>An approved extension: a heading of its own instead of the decision subject line.</summary>
    public static LetterContent Extension() =>
        Approval() with
        {
            Heading = "Amendment to approval RR-2026-0042: new end date 31 March 2029",
            DecisionSummary = "amended: the release, which was due to end on 31 March 2028, now ends on 31 March 2029",
            EndDate = new DateOnly(2029, 3, 31),
            Reasons = [new("Your request", "Marking of the 2028 results was delayed.")],
        };
}
