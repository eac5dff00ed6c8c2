using Microsoft.AspNetCore.Mvc;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Pages.Applications.Flow;

namespace ResearchRelease.Web.Pages.Applications;

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

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadEditableAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other) return other;
        if (string.IsNullOrWhiteSpace(NewQuestion))
        {
            Errors = [("NewQuestion", "Enter the research question")];
            return Invalid();
        }
        var questions = Questions.Append(new ResearchQuestion { Id = $"RQ{Questions.Count + 1}", Text = NewQuestion.Trim() }).ToList();
        return await SaveAsync(Form with { Project = (Form.Project ?? new ProjectDetails()) with { ResearchQuestions = questions } }, ct) ? Back() : Invalid();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, int index, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other) return other;
        if (index < 0 || index >= Questions.Count) return Back();
        var kept = Questions.Where((_, n) => n != index).ToList();
        var renamed = kept.Select((q, n) => (Old: q.Id, New: $"RQ{n + 1}")).Where(r => r.Old is not null)
            .ToDictionary(r => r.Old!, r => r.New, StringComparer.OrdinalIgnoreCase);
        var questions = kept.Select((q, n) => q with { Id = $"RQ{n + 1}" }).ToList();
        var items = Form.DataItems?.Select(i => i with
        {
            ResearchQuestions = i.ResearchQuestions?.Where(renamed.ContainsKey).Select(r => renamed[r]).ToList(),
        }).ToList();
        var form = Form with { Project = Form.Project! with { ResearchQuestions = questions }, DataItems = items };
        return await SaveAsync(form, ct) ? Back() : Invalid();
    }

    public async Task<IActionResult> OnPostContinueAsync(Guid id, string? action, CancellationToken ct) =>
        await LoadEditableAsync(id, ct) ?? Continue(Step, action);

    private RedirectResult Back() => Redirect($"/applications/{Id}/research-questions{(ReturnTo == "check" ? "?returnTo=check" : "")}");
}
