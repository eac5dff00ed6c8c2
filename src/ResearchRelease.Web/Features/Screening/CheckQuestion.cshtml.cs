using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ResearchRelease.Web.Features.Screening;

/// <summary>
/// One question of the check. Saving goes to the next question, or back to check your answers when the answer was
/// being changed from there. A question cannot be reached before the ones it follows have been answered.
/// </summary>
[AllowAnonymous]
public sealed class CheckQuestionModel(CheckAnswerStore store) : PageModel
{
    public CheckQuestions.Question Question { get; private set; } = null!;
    public IReadOnlyList<string> Values { get; private set; } = [];
    public string? Error { get; private set; }

    /// <summary>For the error summary: every question's answer box (or first option) has the id "answer".</summary>
    public IReadOnlyList<(string Id, string Message)> Errors => Error is null ? [] : [("answer", Error)];

    /// <summary>True when the person came from check your answers to change this answer.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Change { get; set; }

    public string BackUrl =>
        Change ? "/check/answers"
        : CheckQuestions.Before(Question) is { } before ? $"/check/{before.Slug}"
        : "/check";

    public IActionResult OnGet(string slug)
    {
        if (CheckQuestions.Find(slug) is not { } question)
            return NotFound();
        var input = store.Read(HttpContext);
        // An earlier question without an answer comes first: the result needs every answer.
        if (CheckQuestions.FirstUnanswered(input) is { } missing && CheckQuestions.IndexOf(missing) < CheckQuestions.IndexOf(question))
            return Redirect($"/check/{missing.Slug}");
        (Question, Values) = (question, CheckQuestions.Values(input, question));
        return Page();
    }

    public IActionResult OnPost(string slug, [FromForm(Name = "answer")] List<string>? answer)
    {
        if (CheckQuestions.Find(slug) is not { } question)
            return NotFound();
        var posted = answer ?? [];
        if (CheckQuestions.Problem(question, posted) is { } problem)
        {
            (Question, Values, Error) = (question, posted, problem);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var input = store.Read(HttpContext);
        CheckQuestions.Set(input, question, posted);
        store.Write(HttpContext, input);
        // Check your answers sends anyone with a question still unanswered to that question.
        var next = Change ? null : CheckQuestions.After(question);
        return Redirect(next is null ? "/check/answers" : $"/check/{next.Slug}");
    }
}
