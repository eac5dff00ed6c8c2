namespace ResearchRelease.Web.Features.Drafting.Flow;

/// <summary>
/// A save refused because another tab or window changed this page's answers after this one was opened: both
/// sets of answers in words, and this tab's answers for the page (JSON) to keep them if the researcher chooses.
/// </summary>
public sealed record DraftConflict(
    string StepTitle,
    string PageUrl,
    IReadOnlyList<AnswerRows.Row> Saved,
    IReadOnlyList<AnswerRows.Row> Yours,
    string YoursJson,
    int SavedVersion
);
