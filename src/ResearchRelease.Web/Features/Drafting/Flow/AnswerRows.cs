using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Calendar;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Features.Drafting.Flow;

/// <summary>The rows of "Check your answers": every answer in words, each with the page that changes it.</summary>
public static class AnswerRows
{
    public sealed record Row(string Label, string Value, string ChangeUrl);

    /// <summary>The rows one flow page changes (for the data item pages, every item's row).</summary>
    public static IReadOnlyList<Row> ForStep(ApplicationForm f, DataItemCatalogue catalogue, FlowPages.Step step) =>
        For(f, catalogue)
            .SelectMany(s => s.Rows)
            .Where(r => r.ChangeUrl == step.Url || r.ChangeUrl.StartsWith(step.Url + "/", StringComparison.Ordinal))
            .ToList();

    public static IReadOnlyList<(string Section, IReadOnlyList<Row> Rows)> For(ApplicationForm f, DataItemCatalogue catalogue)
    {
        var p = f.Project;
        static string T(string? v) => string.IsNullOrWhiteSpace(v) ? "Not answered" : v;
        static string YN(bool? v) =>
            v switch
            {
                true => "Yes",
                false => "No",
                _ => "Not answered",
            };
        static string L(IEnumerable<string>? v, Func<string, string>? map = null) =>
            v?.Any() == true ? string.Join("\n", v.Select(map ?? (x => x))) : "Not answered";
        static Row R(string label, string value, string url) => new(label, value, url);
        return
        [
            (
                "People",
                [
                    R(
                        "Lead applicant",
                        T(
                            string.Join(
                                "\n",
                                new[] { f.Applicant?.Name, f.Applicant?.Email, f.Applicant?.JobTitle }.Where(x =>
                                    !string.IsNullOrWhiteSpace(x)
                                )
                            )
                        ),
                        "questions/applicant"
                    ),
                    R("Organisation", T(f.Organisation?.Name), "questions/organisation"),
                    R("Type of organisation", T(f.Organisation?.Type is { } t ? DisplayNames.For(t) : null), "questions/organisation"),
                    R("ICO registration number", T(f.Organisation?.IcoRegistration), "questions/organisation"),
                    R("Named data users", L(f.NamedUsers?.Select(NamedUserText.Describe)), "named-users"),
                ]
            ),
            (
                "Project",
                [
                    R("Title", T(p?.Title), "questions/title"),
                    R("Summary", T(p?.LaySummary), "questions/title"),
                    R("Research questions", L(p?.ResearchQuestions?.Select(q => $"{q.Id}: {q.Text}")), "research-questions"),
                    R("Activity", T(p?.Activity is { } a ? DisplayNames.For(a) : null), "questions/purpose"),
                    R("Subject", L(p?.SubjectFocus, DisplayNames.For), "questions/purpose"),
                    R("Pupils at schools in England", YN(p?.Population?.PupilsInEngland), "questions/population"),
                    R("Key stages", L(p?.Population?.KeyStages), "questions/population"),
                    R("Academic years", L(p?.Population?.AcademicYears), "questions/population"),
                    R("Intended outputs", L(p?.IntendedOutputs), "questions/outputs"),
                    R("Public benefit", T(p?.PublicBenefit), "questions/outputs"),
                    R("Funding", T(p?.Funding), "questions/outputs"),
                    R("Solely for commercial gain", YN(p?.SolelyCommercial), "questions/outputs"),
                    R("Ethics approval", p?.Ethics?.Status is null ? "Not answered" : EthicsText.Describe(p.Ethics), "questions/ethics"),
                    R("Used for decisions about individuals", YN(p?.UsedForDecisionsAboutIndividuals), "questions/safeguards"),
                    R("Outputs could identify an individual", YN(p?.OutputsCouldIdentifyIndividuals), "questions/safeguards"),
                    R("Disclosure control", T(p?.DisclosureControl), "questions/safeguards"),
                ]
            ),
            (
                "Why you need pupil-level data",
                [
                    R("Why aggregate statistics are not enough", T(f.Necessity?.WhyAggregateIsNotEnough), "questions/necessity"),
                    R(
                        "Linkage to other data",
                        f.Necessity?.LinkageNeeded == true ? T(f.Necessity.LinkageDescription) : YN(f.Necessity?.LinkageNeeded),
                        "questions/necessity"
                    ),
                ]
            ),
            (
                "Data items",
                (f.DataItems ?? [])
                    .Select(i =>
                        R(
                            catalogue.Find(i.Item)?.Name ?? i.Item ?? "Unnamed item",
                            $"{T(i.Justification)}\nServes: {(i.ResearchQuestions is { Count: > 0 } q ? string.Join(", ", q) : "no research question")}",
                            $"data-items/{i.Item}"
                        )
                    )
                    .DefaultIfEmpty(R("Data items", "None selected", "data-items"))
                    .ToList()
            ),
            (
                "Settings and safeguards",
                [
                    R("Access route", T(f.Settings?.AccessRoute is { } r ? DisplayNames.For(r) : null), "questions/access"),
                    R("Security certification", L(f.Settings?.SecurityCertifications, DisplayNames.For), "questions/access"),
                    R("Processed only in the UK", YN(f.Settings?.ProcessingInUk), "questions/access"),
                    R("Processing location", T(f.Settings?.ProcessingLocation), "questions/access"),
                    R("Destroyed by", T(f.Settings?.RetentionEnd is { } end ? PlainDates.Day(end) : null), "questions/retention"),
                    R("Why until then", T(f.Settings?.RetentionReason), "questions/retention"),
                    R(
                        "Lawful basis",
                        T(
                            string.Join(
                                "\n",
                                new[] { f.Settings?.LawfulBasis?.Article6, f.Settings?.LawfulBasis?.Article9 }
                                    .Where(x => x is not null)
                                    .Select(DisplayNames.For)
                            )
                        ),
                        "questions/lawful-basis"
                    ),
                ]
            ),
        ];
    }
}
