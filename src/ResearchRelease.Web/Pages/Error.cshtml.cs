using System.Data.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Pages;

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
    public string Title => DatabaseUnavailable ? "Sorry, the service is unavailable" : "Sorry, there is a problem with the service";
    public string TraceId { get; private set; } = "";

    public IActionResult OnGet() => Handle();

    public IActionResult OnPost() => Handle();

    public IActionResult OnPut() => Handle();

    private IActionResult Handle()
    {
        var error = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        DatabaseUnavailable = IsDatabaseFailure(error);
        TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var status = DatabaseUnavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        if (DatabaseUnavailable) Response.Headers.RetryAfter = "30";
        if (ApiPaths.IsApi(Request) || HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path.StartsWith("/api", StringComparison.OrdinalIgnoreCase) == true)
        {
            return new ObjectResult(new ProblemDetails { Status = status, Title = Title, Detail = DatabaseUnavailable ? "The database is unavailable; nothing was written. Try again shortly." : $"Quote {TraceId}." })
            { StatusCode = status, ContentTypes = { "application/problem+json" } };
        }
        return Page();
    }

    private static bool IsDatabaseFailure(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is DbException or TimeoutException or System.Net.Sockets.SocketException) return true;
            if (e.GetType().Name is "RetryLimitExceededException" or "NpgsqlException") return true;
        }
        return false;
    }
}
