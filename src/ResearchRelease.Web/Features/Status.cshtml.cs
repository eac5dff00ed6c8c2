using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ResearchRelease.Web.Features;

/// <summary>Friendly pages for 400/403/404/405/409/413/429 and the rest (UseStatusCodePagesWithReExecute).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    // The code is read from the route, not bound: a re-executed POST whose form cannot be read (ASP.NET Core refuses a
    // form value containing NUL) would fail binding and turn every such 400 into "a problem with the service".
    public void OnGet() => Describe(Code);

    public void OnPost() => Describe(Code);

    private int Code =>
        int.TryParse(
            RouteData.Values["code"] as string,
            System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture,
            out var c
        )
            ? c
            : 0;

    private void Describe(int code)
    {
        (Title, Message) = code switch
        {
            400 => (
                "There is a problem with your request",
                "The request could not be understood. If you were filling in a form, go back and try again — your form may have expired."
            ),
            403 => ("You do not have access to this page", "Your account does not have permission to see this page."),
            404 => (
                "Page not found",
                "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address."
            ),
            405 => ("There is a problem with your request", "That action is not available here."),
            409 => ("This has changed", "Someone changed this while you were looking at it. Go back, review it again and retry."),
            413 => ("What you sent is too large", "Go back and send something smaller."),
            429 => ("Too many requests", "You have made too many requests. Wait a minute and try again."),
            _ => ("Sorry, there is a problem with the service", "Try again later."),
        };
    }
}
