using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Features.Screening;

/// <summary>
/// "Check if you can apply": public, nothing stored. Runs the same regulation test the screening uses on a few
/// answers and says in plain words whether, and why, the test is likely to be met.
/// </summary>
[AllowAnonymous]
public sealed class CheckModel(ScreeningService screening, TimeProvider clock) : PageModel
{
    [BindProperty]
    public CheckInput Input { get; set; } = new();

    public CheckAdvice? Advice { get; private set; }
    public IReadOnlyList<(string Id, string Message)> Errors { get; private set; } = [];

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Id == id).Message;

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        var errors = new List<(string, string)>();
        if (Input.OrganisationType is null || !FormCodes.OrganisationTypes.Contains(Input.OrganisationType))
            errors.Add(("OrganisationType", "Select the type of organisation you work for"));
        if (Input.Activity is null || !FormCodes.Activities.Contains(Input.Activity))
            errors.Add(("Activity", "Select what you will do with the data"));
        if (Input.SubjectFocus.Count == 0 || Input.SubjectFocus.Any(f => !FormCodes.SubjectFocus.Contains(f)))
            errors.Add(("SubjectFocus", "Select what your project is about"));
        if (Input.DecisionsAboutIndividuals is not ("yes" or "no"))
            errors.Add(("DecisionsAboutIndividuals", "Select yes if the results will be used to make decisions about particular pupils"));
        if (Input.OutputsIdentify is not ("yes" or "no"))
            errors.Add(("OutputsIdentify", "Select yes if anything you publish could identify a pupil"));
        foreach (var (id, value) in new[] { ("PublicBenefit", Input.PublicBenefit), ("DisclosureControl", Input.DisclosureControl), ("WhyAggregateIsNotEnough", Input.WhyAggregateIsNotEnough) })
        {
            if (value is { Length: > ApplicationFormValidator.LongText })
                errors.Add((id, $"Your answer must be {ApplicationFormValidator.LongText:N0} characters or fewer"));
        }
        if (Input.DataKinds.Any(k => DataKinds.Find(k) is null))
            errors.Add(("DataKinds", "Select kinds of data from the list"));
        if (errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Advice = CheckAdvice.From(Input, screening, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return Page();
    }
}
