using System.Text.Json;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Api;

/// <summary>
/// Reads a JSON body ourselves rather than through parameter binding, so that a malformed body gets a
/// 400 problem-details response naming the offending field (from the serializer's JSON path).
/// </summary>
public static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return (null, Problems.Field("body", "Send the body as JSON with Content-Type: application/json.", StatusCodes.Status415UnsupportedMediaType));
        if (request.ContentLength > Security.RequestLimits.MaxJsonBytes)
            return (null, Problems.Field("body", "The body is too large.", StatusCodes.Status413PayloadTooLarge));
        var sizeLimit = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false }) sizeLimit.MaxRequestBodySize = Security.RequestLimits.MaxJsonBytes;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, EventSerializer.Options, ct);
            return value is null ? (null, Problems.Field("body", "The body must be a JSON object.")) : (value, null);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            return (null, Problems.Field(field, $"'{field}' is not valid: check its type and format."));
        }
        catch (BadHttpRequestException ex)
        {
            return (null, Problems.Field("body", ex.Message, ex.StatusCode));
        }
    }
}
