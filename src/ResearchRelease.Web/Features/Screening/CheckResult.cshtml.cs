using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ResearchRelease.Web.Features.Screening;

/// <summary>
/// The result: the same regulation test the screening uses, run on the answers, and said in plain words to the
/// person who answered. Nothing is recorded.
/// </summary>
[AllowAnonymous]
public sealed class CheckResultModel(CheckAnswerStore store, ScreeningService screening, TimeProvider clock) : PageModel
{
    public CheckAdvice Advice { get; private set; } = null!;

    public IActionResult OnGet()
    {
        var input = store.Read(HttpContext);
        if (CheckQuestions.FirstUnanswered(input) is { } missing)
            return Redirect($"/check/{missing.Slug}");
        Advice = CheckAdvice.From(input, screening, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return Page();
    }
}
