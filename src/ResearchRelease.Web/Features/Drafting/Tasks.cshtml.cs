using Microsoft.AspNetCore.Mvc;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Attachments;
using ResearchRelease.Web.Features.Drafting.Flow;
using ResearchRelease.Web.Features.Screening;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>The task list of one application: its sections with their statuses, and why it came back if it did.</summary>
public sealed class TasksModel(
    ApplicationReader reader,
    ApplicationService service,
    ScreeningService screening,
    TimeProvider clock,
    AttachmentStore attachments
) : DraftPageModel(reader, service)
{
    public CompletenessResult Completeness { get; private set; } = null!;
    public bool Saved { get; private set; }
    public IReadOnlyList<AttachmentStore.Summary> Uploaded { get; private set; } = [];

    public string StatusOf(FlowPages.Step step) => SectionStatuses.For(step, Form, Completeness);

    /// <summary>
    /// An attachment's task: completed once uploaded. The ethics approval letter is needed when approval is declared
    /// (submission is refused without it); the other documents are optional and do not count towards completion.
    /// </summary>
    public string AttachmentStatus(string kind) =>
        Uploaded.Any(u => u.Kind == kind) ? SectionStatuses.Completed
        : kind == CheckAnswersModel.EthicsLetter && EthicsLetterNeeded ? SectionStatuses.NotStarted
        : SectionStatuses.Optional;

    /// <summary>Every task that must be done before submitting, with its status: the count shown above the list.</summary>
    public IReadOnlyList<string> RequiredStatuses() =>
        FlowPages
            .Sections.SelectMany(x => x.Steps)
            .Select(StatusOf)
            .Concat(EthicsLetterNeeded ? [AttachmentStatus(CheckAnswersModel.EthicsLetter)] : [])
            .ToList();

    private bool EthicsLetterNeeded => SubmissionEvidence.NeedsEthicsLetter(Form);

    public IReadOnlyList<string> ReturnedIn(FlowPages.Section section) =>
        Returned.Where(r => section.Steps.Any(s => FlowPages.Holds(s, r.Path))).Select(r => r.Message).ToList();

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        Saved = saved;
        Uploaded = await attachments.ListAsync(id, ct);
        Completeness = screening.Screen(Form, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Completeness;
        return Page();
    }

    /// <summary>Saves no answers, so it has no step to guard.</summary>
    protected override FlowPages.Step? FlowStep => null;
}
