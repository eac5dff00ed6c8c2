using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Web.Features.Screening;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>The decision register: search (a GET form, so a search can be bookmarked and exported), paged.</summary>
public sealed class IndexModel(RegisterQuery register, ScreeningService screening) : PageModel
{
    public RegisterFilter Filter { get; private set; } = RegisterFilter.None;
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];
    public RegisterPage Results { get; private set; } = RegisterPage.Empty;
    public IEnumerable<DataItemDefinition> DataItems => screening.Catalogue.Items;
    public static IEnumerable<ApplicationStatus> Statuses => Enum.GetValues<ApplicationStatus>().Where(s => s != ApplicationStatus.Draft);

    /// <summary>"AwaitingDecision" as "Awaiting decision".</summary>
    public static string Label(string status) =>
        string.Concat(status.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (filter, errors) = RegisterFilter.Parse(Request.Query, screening.Catalogue);
        Filter = filter;
        Errors = errors;
        // A cursor that does not parse (an old or edited link) shows the first page.
        Results = await register.PageAsync(
            filter,
            RegisterCursor.Decode(Request.Query["after"]),
            RegisterCursor.Decode(Request.Query["before"]),
            ct
        );
    }
}
