using Microsoft.AspNetCore.Mvc;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Features.Drafting.Flow;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>One topic of the application form on its own page; which answers it asks for comes from <see cref="FlowPages"/>.</summary>
public sealed class QuestionModel(ApplicationReader reader, ApplicationService service, TimeProvider clock)
    : DraftPageModel(reader, service)
{
    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    public FlowPages.Step Step { get; private set; } = null!;
    public string Slug { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, string slug, CancellationToken ct)
    {
        if (FlowPages.Find($"questions/{slug}") is not { } step)
            return NotFound();
        (Step, Slug) = (step, slug);
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        Input = ApplicationInput.From(Form);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string slug, string? action, CancellationToken ct)
    {
        if (FlowPages.Find($"questions/{slug}") is not { } step)
            return NotFound();
        (Step, Slug) = (step, slug);
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        var posted = Input;
        var stored = ApplicationInput.From(Form);
        InputFields.CopyOnto(posted, stored, step.Fields);
        Input = stored;
        if (
            step.Fields.Contains("RetentionDay")
            && Input.RetentionDate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Error is { } dateError
        )
        {
            Errors = [("RetentionDay", dateError)];
            return Invalid();
        }
        return await SaveAsync(
            step,
            form =>
            {
                var onto = ApplicationInput.From(form);
                InputFields.CopyOnto(posted, onto, step.Fields);
                return onto.ToForm();
            },
            ct
        )
            ? Continue(step, action)
            : Invalid();
    }

    protected override FlowPages.Step? FlowStep => FlowPages.Find($"questions/{RouteData.Values["slug"]}");

    protected override void PrepareForPage()
    {
        (Step, Slug) = (FlowStep!, (string)RouteData.Values["slug"]!);
        Input = ApplicationInput.From(Form);
    }
}
