using System.Data.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features;

/// <summary>
/// Where unhandled exceptions land (UseExceptionHandler re-executes here). Never shows a stack trace.
/// A database that cannot be reached is a 503 "service unavailable", not a 500.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public bool DatabaseUnavailable { get; private set; }
    public bool DependencyUnavailable { get; private set; }
    public bool Unavailable => DatabaseUnavailable || DependencyUnavailable;
    public string Title => Unavailable ? "Sorry, the service is unavailable" : "Sorry, there is a problem with the service";
    public string TraceId { get; private set; } = "";

    public IActionResult OnGet() => Handle();

    public IActionResult OnPost() => Handle();

    public IActionResult OnPut() => Handle();

    private IActionResult Handle()
    {
        var error = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        // Visited directly, nothing has gone wrong: there is no such page to show.
        if (error is null)
            return NotFound();
        DatabaseUnavailable = IsDatabaseFailure(error);
        DependencyUnavailable = !DatabaseUnavailable && IsDependencyFailure(error);
        TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var status = Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        if (Unavailable)
            Response.Headers.RetryAfter = "30";
        if (
            ApiPaths.IsApi(Request)
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path.StartsWith("/api", StringComparison.OrdinalIgnoreCase) == true
        )
        {
            return new ObjectResult(
                new ProblemDetails
                {
                    Status = status,
                    Title = Title,
                    Detail =
                        DatabaseUnavailable ? "The database is unavailable; nothing was written. Try again shortly."
                        : DependencyUnavailable ? "A service this site depends on (such as sign-in) cannot be reached. Try again shortly."
                        : $"Quote {TraceId}.",
                }
            )
            {
                StatusCode = status,
                ContentTypes = { "application/problem+json" },
            };
        }
        return Page();
    }

    private static bool IsDatabaseFailure(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            // Npgsql's exceptions derive from DbException; EF's retry exhaustion wraps them.
            if (e is DbException || e.GetType().Name is "RetryLimitExceededException")
                return true;
        }
        return false;
    }

    /// <summary>The sign-in provider (its discovery document) or another HTTP dependency cannot be reached.</summary>
    private static bool IsDependencyFailure(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or System.Net.Sockets.SocketException or TimeoutException)
                return true;
        }
        return false;
    }
}
