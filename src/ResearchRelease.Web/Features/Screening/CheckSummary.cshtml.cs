using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ResearchRelease.Web.Features.Screening;

/// <summary>Check your answers for the questionnaire: every answer with a link to change it, then the result.</summary>
[AllowAnonymous]
public sealed class CheckSummaryModel(CheckAnswerStore store) : PageModel
{
    public CheckInput Input { get; private set; } = new();

    public IActionResult OnGet()
    {
        Input = store.Read(HttpContext);
        return CheckQuestions.FirstUnanswered(Input) is { } missing ? Redirect($"/check/{missing.Slug}") : Page();
    }
}
