using System.Net;
using System.Text;
using System.Text.Json;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>What every API answer to a fuzzed request must look like; each check throws with the case and the answer.</summary>
public static class ApiAnswers
{
    public static StringContent Content(FuzzBody body)
    {
        var content = new StringContent(body.Body, Encoding.UTF8);
        content.Headers.ContentType =
            body.ContentType.Length == 0 ? null : System.Net.Http.Headers.MediaTypeHeaderValue.Parse(body.ContentType);
        return content;
    }

    /// <summary>Never a 5xx; any 4xx is problem details; a 400, 413 or 415 names at least one field, and only fields this mutation explains.</summary>
    public static async Task<bool> CheckAsync(HttpResponseMessage response, FuzzBody body, string endpoint)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        if (status >= 500)
            throw Fail(endpoint, body, response, text, "a server error");
        if (status < 400)
            return true;
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            throw Fail(endpoint, body, response, text, "a 4xx that is not problem details");
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnsupportedMediaType)
        {
            var problem = JsonDocument.Parse(text).RootElement;
            if (
                !problem.TryGetProperty("errors", out var errors)
                || errors.ValueKind != JsonValueKind.Object
                || !errors.EnumerateObject().Any()
            )
                throw Fail(endpoint, body, response, text, "a 400 that names no field");
            var stray = errors.EnumerateObject().Select(e => e.Name).FirstOrDefault(f => !body.Explains(f));
            if (stray is not null)
                throw Fail(endpoint, body, response, text, $"a 400 naming '{stray}', which this mutation did not touch");
        }
        return false;
    }

    public static Xunit.Sdk.XunitException Fail(string endpoint, FuzzBody body, HttpResponseMessage response, string text, string what) =>
        new(
            $"{endpoint} answered {what} ({(int)response.StatusCode}) to: {body}\nAnswer: {HostileText.Show(text.Length > 800 ? text[..800] : text)}"
                + ((int)response.StatusCode >= 500 ? $"\nServer logged: {ServerErrors.Describe()}" : "")
        );
}
