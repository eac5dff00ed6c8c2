using Microsoft.AspNetCore.Mvc;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Features.Drafting.Flow;
using ResearchRelease.Web.Features.Screening;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>One requested data item: why it is needed and which research questions it serves (data minimisation).</summary>
public sealed class DataItemModel(ApplicationReader reader, ApplicationService service, ScreeningService screening)
    : DraftPageModel(reader, service)
{
    [BindProperty]
    public string? Justification { get; set; }

    [BindProperty]
    public List<string> Questions { get; set; } = [];

    public RequestedDataItem Item { get; private set; } = null!;
    public DataItemDefinition? Definition { get; private set; }
    public int Index { get; private set; }
    public IReadOnlyList<ResearchQuestion> ResearchQuestions => Form.Project?.ResearchQuestions ?? [];

    /// <summary>Findings shown on this page: the returned reasons that cite this item's place in the list.</summary>
    public IReadOnlyList<string> ReturnedForItem =>
        Returned.Where(r => r.Path.StartsWith($"dataItems[{Index}]", StringComparison.Ordinal)).Select(r => r.Message).ToList();

    public async Task<IActionResult> OnGetAsync(Guid id, string code, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        if (!Find(code))
            return NotFound();
        Justification = Item.Justification;
        Questions = Item.ResearchQuestions ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string code, string? action, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        if (!Find(code))
            return NotFound();
        var known = ResearchQuestions.Select(q => q.Id).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Justification))
            errors.Add(("Justification", $"Say why you need {Definition?.Name ?? code}"));
        if (Questions.Count == 0 && known.Count > 0)
            errors.Add(("Questions", "Select the research questions this item serves"));
        if (Questions.Any(q => !known.Contains(q)))
            errors.Add(("Questions", "Select research questions from the list"));
        if (errors.Count > 0 && action != "later")
        {
            Errors = errors;
            return Invalid();
        }
        var justification = string.IsNullOrWhiteSpace(Justification) ? null : Justification.Trim();
        var questions = Questions.Where(known.Contains).ToList();
        if (
            !await SaveAsync(
                DataItemsModel.Step,
                f =>
                    f with
                    {
                        DataItems = (f.DataItems ?? [])
                            .Select(r =>
                                string.Equals(r.Item, code, StringComparison.OrdinalIgnoreCase)
                                    ? r with
                                    {
                                        Justification = justification,
                                        ResearchQuestions = questions,
                                    }
                                    : r
                            )
                            .ToList(),
                    },
                ct
            )
        )
            return Invalid();
        var items = Form.DataItems!.Select(
                (r, n) => n == Index ? r with { Justification = justification, ResearchQuestions = questions } : r
            )
            .ToList();
        if (action == "later")
            return Redirect($"/applications/{Id}/tasks?saved=true");
        var next = items
            .Skip(Index + 1)
            .FirstOrDefault(i => string.IsNullOrWhiteSpace(i.Justification) || (i.ResearchQuestions?.Count ?? 0) == 0);
        if (next is not null)
            return Redirect($"/applications/{Id}/data-items/{next.Item}{(ReturnTo == "check" ? "?returnTo=check" : "")}");
        return Continue(DataItemsModel.Step, action);
    }

    protected override FlowPages.Step FlowStep => DataItemsModel.Step;

    protected override void PrepareForPage()
    {
        if (!Find((string)RouteData.Values["code"]!))
            return;
        Justification = Item.Justification;
        Questions = Item.ResearchQuestions ?? [];
    }

    private bool Find(string code)
    {
        var items = Form.DataItems ?? [];
        Index = items.FindIndex(i => string.Equals(i.Item, code, StringComparison.OrdinalIgnoreCase));
        if (Index < 0)
            return false;
        Item = items[Index];
        Definition = screening.Catalogue.Find(code);
        return true;
    }
}
