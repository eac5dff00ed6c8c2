using System.Text.Json;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Api;

/// <summary>
/// Reads a JSON body ourselves rather than through parameter binding, so that a malformed body gets a
/// 400 problem-details response naming the offending field (from the serializer's JSON path). The endpoints
/// that use it declare no <c>Accepts</c> metadata: with it, routing answers a wrong content type itself with a
/// bare 415 that names no field; without it, <see cref="ReadAsync{T}"/> answers 415 naming <c>body</c>.
/// </summary>
public static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        if (!IsJson(request.ContentType))
            return (
                null,
                Problems.Field(
                    "body",
                    "Send the body as JSON with Content-Type: application/json.",
                    StatusCodes.Status415UnsupportedMediaType
                )
            );
        if (request.ContentLength > Security.RequestLimits.MaxJsonBytes)
            return (null, Problems.Field("body", "The body is too large.", StatusCodes.Status413PayloadTooLarge));
        var sizeLimit = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
            sizeLimit.MaxRequestBodySize = Security.RequestLimits.MaxJsonBytes;
        JsonDocument document;
        try
        {
            // Syntax first, then types: a syntax error is the body's (the reader's path is wherever it stopped, often the
            // next field, which would send the caller to the wrong answer); a wrong type is the field's.
            document = await JsonDocument.ParseAsync(request.Body, default, ct);
        }
        catch (JsonException ex)
        {
            return (
                null,
                Problems.Field("body", $"The body is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}).")
            );
        }
        catch (BadHttpRequestException ex)
        {
            return (null, Problems.Field("body", ex.Message, ex.StatusCode));
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, Problems.Field("body", "The body must be a JSON object."));
            try
            {
                return (document.RootElement.Deserialize<T>(EventSerializer.Options), null);
            }
            catch (JsonException ex)
            {
                var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
                return (null, Problems.Field(field, $"'{field}' is not valid: check its type and format."));
            }
        }
    }

    /// <summary>application/json or a +json type, with any parameters; not a type that merely starts the same (application/jsonp).</summary>
    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (
            type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
        );

    /// <summary>An optional integer from the query string (<c>expectedVersion</c>): absent is null, anything but a whole number a 400 naming it.</summary>
    public static (int? Value, IResult? Problem) OptionalInt(HttpRequest request, string name)
    {
        var raw = request.Query[name];
        if (raw.Count == 0 || (raw.Count == 1 && string.IsNullOrEmpty(raw[0])))
            return (null, null);
        return
            raw.Count == 1
            && int.TryParse(
                raw[0],
                System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture,
                out var value
            )
            ? (value, null)
            : (null, Problems.Field(name, $"'{name}' must be a whole number: the version you last read."));
    }
}
