using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Security;

/// <summary>
/// Reads a page's multipart upload before the page does, with that page's own limits (its RequestSizeLimit and
/// RequestFormLimits attributes). Left to the antiforgery filter, a file over the page's multipart limit or a cut-off
/// body was a bare 400 "There is a problem with your request"; here too large is 413 ("What you sent is too large")
/// and unreadable 400, both shown by the status pages. Runs after routing (it needs the page's limits) and after
/// authorization (nobody's body is read for a page they may not post to).
/// </summary>
public static class ReadableUploads
{
    public static void UseReadableUploads(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                var request = context.Request;
                if (
                    HttpMethods.IsPost(request.Method)
                    && !ApiPaths.IsApi(request)
                    && context.Features.Get<IStatusCodeReExecuteFeature>() is null
                    && request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true
                    && context.GetEndpoint() is { } endpoint
                )
                {
                    if (
                        endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } max
                        && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size
                    )
                        size.MaxRequestBodySize = max;
                    var options = new FormOptions
                    {
                        MultipartBodyLengthLimit = endpoint.Metadata.GetMetadata<IFormOptionsMetadata>()?.MultipartBodyLengthLimit
                            ?? RequestLimits.MaxMultipartBytes,
                        ValueLengthLimit = RequestLimits.MaxFormValueBytes,
                        ValueCountLimit = 1024,
                    };
                    try
                    {
                        var form = await request.ReadFormAsync(options, context.RequestAborted);
                        if (form.Keys.Concat(form.Files.Select(f => f.Name)).Any(UnclosedBracket))
                        {
                            context.Response.StatusCode = StatusCodes.Status400BadRequest;
                            return;
                        }
                    }
                    catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
                    {
                        var tooLarge =
                            ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                            || (ex is InvalidDataException && ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase));
                        context.Response.StatusCode = tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
                        return;
                    }
                }
                await next(context);
            }
        );

    /// <summary>
    /// A form field name with a '[' and no ']' after it: MVC's form value provider reads names in jQuery's a[b] syntax
    /// and throws on such a name (a 500), so the form is refused as unreadable first.
    /// </summary>
    public static bool UnclosedBracket(string key)
    {
        for (var open = key.IndexOf('[', StringComparison.Ordinal); open >= 0; )
        {
            var close = key.IndexOf(']', open);
            if (close < 0)
                return true;
            open = key.IndexOf('[', close + 1);
        }
        return false;
    }
}
