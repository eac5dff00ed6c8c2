using Microsoft.AspNetCore.Mvc;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Features.Drafting.Flow;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>Named data users: everyone who will touch the data, added and removed one at a time (no JavaScript needed).</summary>
public sealed class NamedUsersModel(ApplicationReader reader, ApplicationService service) : DraftPageModel(reader, service)
{
    public static readonly FlowPages.Step Step = FlowPages.Find("named-users")!;

    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public string? NewEmail { get; set; }

    [BindProperty]
    public string? NewOrganisation { get; set; }

    [BindProperty]
    public string? NewRole { get; set; }

    [BindProperty]
    public bool NewAccredited { get; set; }

    public IReadOnlyList<NamedUser> Users => Form.NamedUsers ?? [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadEditableAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        var errors = NewUserErrors();
        if (errors.Count > 0)
        {
            Errors = errors;
            return Invalid();
        }
        var added = new NamedUser
        {
            Name = NewName!.Trim(),
            Email = NewEmail!.Trim(),
            Organisation = NewOrganisation!.Trim(),
            Role = string.IsNullOrWhiteSpace(NewRole) ? null : NewRole.Trim(),
            AccreditedResearcher = NewAccredited,
        };
        return await SaveAsync(Step, f => f with { NamedUsers = [.. f.NamedUsers ?? [], added] }, ct)
            ? Redirect($"/applications/{Id}/named-users{Suffix}")
            : Invalid();
    }

    // int? so that a missing or malformed index removes nothing (bound as int, it silently became 0: the first entry).
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, int? index, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        if (index is not { } at || at < 0 || at >= Users.Count)
            return Redirect($"/applications/{Id}/named-users{Suffix}");
        return await SaveAsync(Step, f => f with { NamedUsers = (f.NamedUsers ?? []).Where((_, n) => n != at).ToList() }, ct)
            ? Redirect($"/applications/{Id}/named-users{Suffix}")
            : Invalid();
    }

    /// <summary>
    /// Name, email and organisation identify the person: the email is how the Chief Statistician is kept from deciding an
    /// application that names them, whatever spelling of the name is used.
    /// </summary>
    private List<(string, string)> NewUserErrors()
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(NewName))
            errors.Add(("NewName", "Enter the data user's full name"));
        if (string.IsNullOrWhiteSpace(NewEmail))
            errors.Add(("NewEmail", "Enter the data user's email address"));
        else if (!ApplicationFormValidator.LooksLikeEmail(NewEmail.Trim()))
            errors.Add(("NewEmail", "Enter an email address in the correct format, like name@example.ac.uk"));
        if (string.IsNullOrWhiteSpace(NewOrganisation))
            errors.Add(("NewOrganisation", "Enter the organisation the data user works for"));
        return errors;
    }

    protected override FlowPages.Step FlowStep => Step;

    public async Task<IActionResult> OnPostContinueAsync(Guid id, string? action, CancellationToken ct) =>
        await LoadEditableAsync(id, ct) ?? Continue(Step, action);

    private string Suffix => ReturnTo == "check" ? "?returnTo=check" : "";
}
