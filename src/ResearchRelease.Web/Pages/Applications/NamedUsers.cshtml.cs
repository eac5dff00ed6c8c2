using Microsoft.AspNetCore.Mvc;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Pages.Applications.Flow;

namespace ResearchRelease.Web.Pages.Applications;

/// <summary>Named data users: everyone who will touch the data, added and removed one at a time (no JavaScript needed).</summary>
public sealed class NamedUsersModel(ApplicationReader reader, ApplicationService service) : DraftPageModel(reader, service)
{
    public static readonly FlowPages.Step Step = FlowPages.Find("named-users")!;

    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public bool NewAccredited { get; set; }

    public IReadOnlyList<NamedUser> Users => Form.NamedUsers ?? [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadEditableAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other) return other;
        if (string.IsNullOrWhiteSpace(NewName))
        {
            Errors = [("NewName", "Enter the data user's full name")];
            return Invalid();
        }
        var users = Users.Append(new NamedUser { Name = NewName.Trim(), AccreditedResearcher = NewAccredited }).ToList();
        return await SaveAsync(Form with { NamedUsers = users }, ct) ? Redirect($"/applications/{Id}/named-users{Suffix}") : Invalid();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, int index, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other) return other;
        if (index < 0 || index >= Users.Count) return Redirect($"/applications/{Id}/named-users{Suffix}");
        var users = Users.Where((_, n) => n != index).ToList();
        return await SaveAsync(Form with { NamedUsers = users }, ct) ? Redirect($"/applications/{Id}/named-users{Suffix}") : Invalid();
    }

    public async Task<IActionResult> OnPostContinueAsync(Guid id, string? action, CancellationToken ct) =>
        await LoadEditableAsync(id, ct) ?? Continue(Step, action);

    private string Suffix => ReturnTo == "check" ? "?returnTo=check" : "";
}
