using Microsoft.AspNetCore.Mvc;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Attachments;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Features.Drafting.Flow;
using ResearchRelease.Web.Features.Screening;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>Check your answers: every answer with a change link, the screening as advice, then submit.</summary>
public sealed class CheckAnswersModel(
    ApplicationReader reader,
    ApplicationService service,
    ScreeningService screening,
    AttachmentStore attachments,
    TimeProvider clock
) : DraftPageModel(reader, service)
{
    private readonly ApplicationService commands = service;

    public ScreeningResult Advice { get; private set; } = null!;
    public IReadOnlyList<(string Section, IReadOnlyList<AnswerRows.Row> Rows)> Sections { get; private set; } = [];

    public IReadOnlyList<AttachmentStore.Summary> Attachments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        await BuildAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int version, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        await BuildAsync(id, ct);
        var result = await commands.SubmitAsync(CurrentActor.From(User), id, version, ct);
        if (result.Succeeded)
            return RedirectToPage("/Drafting/Submitted", new { id });
        // A missing document links to its row in the attachments list; anything else to the submit button.
        var field = result.Field == SubmissionEvidence.EthicsLetterField ? EthicsLetter : "submit";
        Errors = [(field, result.Message ?? "The application could not be submitted.")];
        return Invalid();
    }

    public const string EthicsLetter = SubmissionEvidence.EthicsLetter;

    private async Task BuildAsync(Guid id, CancellationToken ct)
    {
        Attachments = await attachments.ListAsync(id, ct);
        Advice = screening.Screen(Form, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Sections = AnswerRows.For(Form, screening.Catalogue);
    }

    /// <summary>Saves no answers, so it has no step to guard.</summary>
    protected override FlowPages.Step? FlowStep => null;
}
