using Microsoft.AspNetCore.Mvc;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Features.Drafting.Flow;
using ResearchRelease.Web.Features.Screening;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>Check your answers: every answer with a change link, the screening as advice, then submit.</summary>
public sealed class CheckAnswersModel(ApplicationReader reader, ApplicationService service, ScreeningService screening, TimeProvider clock)
    : DraftPageModel(reader, service)
{
    private readonly ApplicationService commands = service;

    public ScreeningResult Advice { get; private set; } = null!;
    public IReadOnlyList<(string Section, IReadOnlyList<AnswerRows.Row> Rows)> Sections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other) return other;
        Build();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int version, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other) return other;
        var result = await commands.SubmitAsync(CurrentActor.From(User), id, version, ct);
        if (result.Succeeded) return RedirectToPage("/Drafting/Details", new { id });
        Errors = [("submit", result.Message ?? "The application could not be submitted.")];
        Build();
        return Invalid();
    }

    private void Build()
    {
        Advice = screening.Screen(Form, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Sections = AnswerRows.For(Form, screening.Catalogue);
    }

    /// <summary>Saves no answers, so it has no step to guard.</summary>
    protected override FlowPages.Step? FlowStep => null;
}
