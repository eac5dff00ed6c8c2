using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ResearchRelease.Web.Pages;

/// <summary>Friendly pages for 400/403/404/405/409/413/429 and the rest (UseStatusCodePagesWithReExecute).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Message) = code switch
        {
            400 => ("There is a problem with your request", "The request could not be understood. If you were filling in a form, go back and try again — your form may have expired."),
            403 => ("You do not have access to this page", "Your account does not have permission to see this page."),
            404 => ("Page not found", "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address."),
            405 => ("There is a problem with your request", "That action is not available here."),
            409 => ("This has changed", "Someone changed this while you were looking at it. Go back, review it again and retry."),
            413 => ("What you sent is too large", "Go back and send something smaller."),
            429 => ("Too many requests", "You have made too many requests. Wait a minute and try again."),
            _ => ("Sorry, there is a problem with the service", "Try again later."),
        };
    }
}
