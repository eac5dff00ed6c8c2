using Microsoft.AspNetCore.Mvc;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Features.Drafting.Flow;
using ResearchRelease.Web.Features.Screening;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>
/// The data item picker: every item the catalogue offers, with its sensitivity tier. Items already on the application
/// keep their justification and questions when the selection changes; each is then justified on its own page.
/// </summary>
public sealed class DataItemsModel(ApplicationReader reader, ApplicationService service, ScreeningService screening)
    : DraftPageModel(reader, service)
{
    public static readonly FlowPages.Step Step = FlowPages.Find("data-items")!;

    [BindProperty]
    public List<string> Selected { get; set; } = [];

    public DataItemCatalogue Catalogue => screening.Catalogue;

    public IReadOnlyList<RequestedDataItem> Requested => Form.DataItems ?? [];

    /// <summary>Active items, plus any retired item this application already asks for (so it still reads and can be removed).</summary>
    public IEnumerable<DataItemDefinition> Offered =>
        Catalogue.Items.Where(i => !i.Retired || Requested.Any(r => string.Equals(r.Item, i.Code, StringComparison.OrdinalIgnoreCase)));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadEditableAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, string? action, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        // The binder turns a blank value into null; a blank box ticks nothing, so it is dropped before the check
        // (otherwise a null "unknown" reads as "none unknown" and the later, real codes go unchecked).
        Selected = [.. Selected.Where(code => !string.IsNullOrWhiteSpace(code))];
        var unknown = Selected.FirstOrDefault(code => !Offered.Any(i => i.Code == code));
        if (unknown is not null)
        {
            Errors = [("data-items", $"'{unknown}' is not an item you can request")];
            return Invalid();
        }
        if (!await SaveAsync(Step, f => f with { DataItems = Picked(f.DataItems ?? []) }, ct))
            return Invalid();
        var items = Picked(Form.DataItems ?? []);
        if (action == "later")
            return Continue(Step, action);
        // Justify the items that still need it, one page each; then on through the flow.
        var next = items.FirstOrDefault(i => string.IsNullOrWhiteSpace(i.Justification) || (i.ResearchQuestions?.Count ?? 0) == 0);
        return next is null
            ? Continue(Step, action)
            : Redirect($"/applications/{Id}/data-items/{next.Item}{(ReturnTo == "check" ? "?returnTo=check" : "")}");
    }

    /// <summary>The selection applied to a list of requested items: kept ones keep their justification, new ones start empty.</summary>
    private List<RequestedDataItem> Picked(List<RequestedDataItem> requested)
    {
        var kept = requested.Where(r => Selected.Contains(r.Item ?? "", StringComparer.OrdinalIgnoreCase)).ToList();
        var added = Selected
            .Where(code => !kept.Any(r => string.Equals(r.Item, code, StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(code => new RequestedDataItem { Item = code, ResearchQuestions = [] });
        return [.. kept, .. added];
    }

    protected override FlowPages.Step FlowStep => Step;
}
