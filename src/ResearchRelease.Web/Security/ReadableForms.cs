using Microsoft.AspNetCore.Diagnostics;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Security;

/// <summary>
/// Reads a URL-encoded form before any page does. ASP.NET Core refuses a form with a value over
/// <see cref="RequestLimits.MaxFormValueBytes"/> or containing NUL, and the antiforgery check then answers a bare 400
/// ("your form may have expired"), which sends someone who pasted too much to the wrong fix. Here an over-long value
/// is 413 ("What you sent is too large") and the rest 400, both shown by the status pages. Multipart posts are
/// left to the pages, whose own upload limits apply.
/// </summary>
public static class ReadableForms
{
    public static void UseReadableForms(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                var request = context.Request;
                // The API reads its own bodies (a form-encoded post there is a 415 naming the body, not a form to read).
                if (
                    HttpMethods.IsPost(request.Method)
                    && !ApiPaths.IsApi(request)
                    && context.Features.Get<IStatusCodeReExecuteFeature>() is null
                    && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
                )
                {
                    try
                    {
                        var form = await request.ReadFormAsync(context.RequestAborted);
                        if (form.Keys.Any(ReadableUploads.UnclosedBracket))
                        {
                            context.Response.StatusCode = StatusCodes.Status400BadRequest;
                            return;
                        }
                    }
                    catch (InvalidDataException ex)
                    {
                        context.Response.StatusCode = ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                            ? StatusCodes.Status413PayloadTooLarge
                            : StatusCodes.Status400BadRequest;
                        return;
                    }
                }
                await next(context);
            }
        );
}
