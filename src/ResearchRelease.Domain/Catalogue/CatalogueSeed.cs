namespace ResearchRelease.Domain.Catalogue;

/// <summary>
/// The items recorded about each pupil in England's school returns, as docs/domain.md lists them, plus the items the
/// example applications request. Tiers follow docs/domain.md: highly sensitive (children's-services interactions,
/// exclusion reasons), identifying (names, address, full date of birth, pupil and learner numbers), sensitive
/// (ethnicity, first language, free school meals, special needs), other (attainment, year group, absence
/// counts, a pseudonymous pupil identifier). Items not named there were placed by analogy.
/// </summary>
internal static class CatalogueSeed
{
    private const SensitivityTier Highly = SensitivityTier.HighlySensitive;
    private const SensitivityTier Identifying = SensitivityTier.Identifying;
    private const SensitivityTier Sensitive = SensitivityTier.Sensitive;
    private const SensitivityTier Other = SensitivityTier.Other;

    public static IReadOnlyList<DataItemDefinition> Items { get; } =
    [
        // Identifiers. A pseudonymous identifier serves most research; the rest identify a pupil directly.
        new(
            "pseudonymous_pupil_id",
            "Pseudonymous pupil identifier",
            "A meaningless reference number that follows the same pupil across years and datasets without revealing who they are.",
            Other
        ),
        new(
            "upn",
            "Unique pupil number",
            "The pupil's current unique pupil number, which schools and local authorities use to identify them.",
            Identifying
        ),
        new("former_upn", "Former unique pupil number", "A unique pupil number the pupil held before their current one.", Identifying),
        new("uln", "Unique learner number", "The number the Learning Records Service gives each learner aged 14 and over.", Identifying),
        // Names and contact details.
        new("pupil_name", "Pupil name", "The pupil's first names and surname together.", Identifying),
        new("surname", "Surname", "The pupil's legal surname.", Identifying),
        new("former_surname", "Former surname", "A surname the pupil was previously known by.", Identifying),
        new("preferred_surname", "Preferred surname", "The surname the pupil prefers to be known by.", Identifying),
        new("first_names", "First names", "The pupil's first name or names.", Identifying),
        new("home_address", "Home address", "The full address of the home where the pupil normally lives.", Identifying),
        new(
            "postcode",
            "Home postcode",
            "The full postcode of the pupil's home; on its own it can point to a handful of households.",
            Identifying
        ),
        // Personal characteristics.
        new("date_of_birth", "Date of birth", "The pupil's full date of birth (day, month and year).", Identifying),
        new(
            "month_year_of_birth",
            "Month and year of birth",
            "The month and year the pupil was born, without the day: enough to work out age in the school year.",
            Other
        ),
        new("gender", "Gender", "The pupil's gender as recorded by the school.", Other),
        new("ethnic_group", "Ethnic group", "The pupil's ethnic group as recorded by the school.", Sensitive)
        {
            Article9Category = "racial or ethnic origin",
        },
        new(
            "first_language",
            "First language",
            "The language the pupil was first exposed to at home, or whether it is English.",
            Sensitive
        ),
        new(
            "fsm_eligibility",
            "Free school meals eligibility",
            "Whether the pupil was eligible for free school meals, the usual measure of disadvantage.",
            Sensitive
        ),
        // School registration.
        new(
            "school_type",
            "School type",
            "The type of school the pupil attends, for example academy, maintained or special school.",
            Other
        ),
        new("admission_date", "Date of admission", "The date the pupil joined their school.", Other),
        new("nc_year_group", "National Curriculum year group", "The pupil's year group, for example Year 6.", Other),
        new("part_time_status", "Part-time status", "Whether the pupil attends school part time.", Other),
        new("boarding_status", "Boarding status", "Whether the pupil is a day pupil or a boarder.", Other),
        // Special educational needs.
        new(
            "sen_type",
            "Special educational needs type",
            "The type of special educational need the pupil has, such as a hearing impairment or autism.",
            Sensitive
        )
        {
            Article9Category = "data concerning health",
        },
        new(
            "sen_provision",
            "Special educational needs provision",
            "The support the pupil receives: SEN support or an education, health and care plan.",
            Sensitive
        ),
        // Attendance and behaviour.
        new("attendance", "Attendance", "Counts of school sessions the pupil attended.", Other),
        new("absence", "Absence", "Counts of sessions missed, authorised and unauthorised.", Other),
        new("exclusions", "Exclusions", "Suspensions and permanent exclusions: their type, dates and length.", Sensitive),
        new("exclusion_reasons", "Exclusion reasons", "The reason the school gave for each suspension or permanent exclusion.", Highly),
        // Attainment: National Curriculum assessments, GCSE and equivalent, post-16 qualifications.
        new("ks1_results", "Key stage 1 results", "National Curriculum assessment results at the end of key stage 1.", Other),
        new(
            "ks2_results",
            "Key stage 2 results",
            "National Curriculum test and teacher assessment results at the end of key stage 2.",
            Other
        ),
        new(
            "ks3_results",
            "Key stage 3 results",
            "Teacher assessment results at the end of key stage 3; no longer collected nationally.",
            Other,
            Retired: true
        ),
        new("ks4_results", "Key stage 4 results", "GCSE and equivalent results at the end of key stage 4.", Other),
        new("post16_results", "Post-16 results", "A level and other qualifications taken after age 16.", Other),
        // Children's services: highly sensitive by docs/domain.md's own words.
        new(
            "children_in_need",
            "Children in need",
            "Whether the pupil was referred to or assessed by children's social care as a child in need, and when.",
            Highly
        ),
        new(
            "looked_after",
            "Looked-after children",
            "Whether the pupil was in the care of a local authority, and the periods of care.",
            Highly
        ),
        // Health: anonymised height and weight from the National Child Measurement Programme.
        new(
            "ncmp_height_weight",
            "Height and weight (National Child Measurement Programme)",
            "Height and weight measured in Reception and Year 6 under the National Child Measurement Programme.",
            Sensitive
        )
        {
            Article9Category = "data concerning health",
        },
    ];
}
