using Microsoft.AspNetCore.Mvc;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Attachments;
using ResearchRelease.Web.Features.Drafting.Flow;
using ResearchRelease.Web.Features.Screening;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>The task list of one application: its sections with their statuses, and why it came back if it did.</summary>
public sealed class TasksModel(ApplicationReader reader, ApplicationService service, ScreeningService screening, TimeProvider clock, AttachmentStore attachments)
    : DraftPageModel(reader, service)
{
    public CompletenessResult Completeness { get; private set; } = null!;
    public bool Saved { get; private set; }
    public string AttachmentStatus { get; private set; } = SectionStatuses.NotStarted;

    public string StatusOf(FlowPages.Section section) => SectionStatuses.For(section, Form, Completeness);

    public IReadOnlyList<string> ReturnedIn(FlowPages.Section section) =>
        Returned.Where(r => section.Steps.Any(s => FlowPages.Holds(s, r.Path))).Select(r => r.Message).ToList();

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other) return other;
        Saved = saved;
        var uploaded = (await attachments.ListAsync(id, ct)).Count;
        AttachmentStatus = uploaded == 0 ? SectionStatuses.NotStarted : uploaded < AttachmentKinds.All.Count ? SectionStatuses.InProgress : SectionStatuses.Completed;
        Completeness = screening.Screen(Form, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Completeness;
        return Page();
    }

    /// <summary>Saves no answers, so it has no step to guard.</summary>
    protected override FlowPages.Step? FlowStep => null;
}
