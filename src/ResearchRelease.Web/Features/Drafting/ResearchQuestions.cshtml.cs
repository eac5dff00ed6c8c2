using Microsoft.AspNetCore.Mvc;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Features.Drafting.Flow;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>
/// Numbered research questions, added and removed one at a time. Removing one renumbers the rest (RQ1, RQ2, ...)
/// and moves the data items' references with them, so an item never points at a question that is gone.
/// </summary>
public sealed class ResearchQuestionsModel(ApplicationReader reader, ApplicationService service) : DraftPageModel(reader, service)
{
    public static readonly FlowPages.Step Step = FlowPages.Find("research-questions")!;

    [BindProperty]
    public string? NewQuestion { get; set; }

    public IReadOnlyList<ResearchQuestion> Questions => Form.Project?.ResearchQuestions ?? [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadEditableAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        if (string.IsNullOrWhiteSpace(NewQuestion))
        {
            Errors = [("NewQuestion", "Enter the research question")];
            return Invalid();
        }
        var text = NewQuestion.Trim();
        return await SaveAsync(
            Step,
            f =>
            {
                var existing = f.Project?.ResearchQuestions ?? [];
                List<ResearchQuestion> questions = [.. existing, new ResearchQuestion { Id = $"RQ{existing.Count + 1}", Text = text }];
                return f with { Project = (f.Project ?? new ProjectDetails()) with { ResearchQuestions = questions } };
            },
            ct
        )
            ? Back()
            : Invalid();
    }

    // int? so that a missing or malformed index removes nothing (bound as int, it silently became 0: the first entry).
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, int? index, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        if (index is not { } at || at < 0 || at >= Questions.Count)
            return Back();
        return await SaveAsync(Step, f => Without(f, at), ct) ? Back() : Invalid();
    }

    private static ApplicationForm Without(ApplicationForm form, int index)
    {
        var kept = (form.Project?.ResearchQuestions ?? []).Where((_, n) => n != index).ToList();
        var renamed = kept.Select((q, n) => (Old: q.Id, New: $"RQ{n + 1}"))
            .Where(r => r.Old is not null)
            .DistinctBy(r => r.Old, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(r => r.Old!, r => r.New, StringComparer.OrdinalIgnoreCase);
        var questions = kept.Select((q, n) => q with { Id = $"RQ{n + 1}" }).ToList();
        var items = form
            .DataItems?.Select(i =>
                i with
                {
                    ResearchQuestions = i.ResearchQuestions?.Where(renamed.ContainsKey).Select(r => renamed[r]).ToList(),
                }
            )
            .ToList();
        return form with { Project = (form.Project ?? new ProjectDetails()) with { ResearchQuestions = questions }, DataItems = items };
    }

    protected override FlowPages.Step FlowStep => Step;

    public async Task<IActionResult> OnPostContinueAsync(Guid id, string? action, CancellationToken ct) =>
        await LoadEditableAsync(id, ct) ?? Continue(Step, action);

    private RedirectResult Back() => Redirect($"/applications/{Id}/research-questions{(ReturnTo == "check" ? "?returnTo=check" : "")}");
}
