namespace ResearchRelease.Web.Features.Screening;

/// <summary>
/// Broad kinds of pupil data a would-be applicant recognises, each standing for the catalogue items it usually
/// means. The questionnaire asks about kinds, not the whole catalogue, so that it stays short.
/// </summary>
public static class DataKinds
{
    public sealed record Kind(string Code, string Label, IReadOnlyList<string> Items);

    public static readonly IReadOnlyList<Kind> All =
    [
        new("attainment", "Test and exam results (key stages, GCSE, post-16)", ["ks2_results", "ks4_results"]),
        new(
            "characteristics",
            "Pupil characteristics (ethnicity, first language, free school meals, special needs)",
            ["ethnic_group", "fsm_eligibility", "sen_provision"]
        ),
        new("attendance", "Attendance, absence and exclusions", ["absence", "exclusions"]),
        new("identifiers", "Names, addresses, dates of birth or pupil numbers", ["pupil_name", "home_address", "date_of_birth", "upn"]),
        new("childrens_services", "Children in need or looked-after children", ["children_in_need", "looked_after"]),
    ];

    public static Kind? Find(string code) => All.FirstOrDefault(k => k.Code == code);
}
