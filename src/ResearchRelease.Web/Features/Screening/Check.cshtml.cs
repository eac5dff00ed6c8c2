using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ResearchRelease.Web.Features.Screening;

/// <summary>
/// "Check if you can apply": public and stored nowhere. This is its start page; the questions follow one per page
/// (<see cref="CheckQuestionModel"/>), then check your answers and the result in plain words.
/// </summary>
[AllowAnonymous]
public sealed class CheckModel : PageModel
{
    public void OnGet() { }
}
