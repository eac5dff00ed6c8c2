using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>After an accepted request: the draft is stored exactly as the typed model read it, and every page that shows it still opens.</summary>
public static class StoredForms
{
    // Between them these render every answer (check answers), every section status (tasks), the flat input model and the picker.
    private static readonly string[] Pages = ["tasks", "check-answers", "questions/applicant", "data-items"];

    /// <summary>Every page that shows the draft opens; returns the API's view of it, which is read on the way.</summary>
    public static async Task<JsonNode> AssertReadableAsync(HttpClient owner, Guid id, string what)
    {
        var api = await owner.GetAsync($"/api/applications/{id}");
        if (api.StatusCode != HttpStatusCode.OK)
            throw new Xunit.Sdk.XunitException($"GET /api/applications/{id} answered {(int)api.StatusCode} after {what}");
        foreach (var page in Pages)
        {
            var response = await owner.GetAsync($"/applications/{id}/{page}");
            if (response.StatusCode != HttpStatusCode.OK)
                throw new Xunit.Sdk.XunitException($"GET /applications/{id}/{page} answered {(int)response.StatusCode} after {what}");
        }
        return JsonNode.Parse(await api.Content.ReadAsStringAsync())!;
    }

    /// <summary>
    /// The stored answers (the API's view) equal the body as <see cref="ApplicationForm"/> reads it: unknown members
    /// dropped, nothing else changed.
    /// </summary>
    public static void AssertStored(JsonNode view, string body, string what)
    {
        var typed = JsonSerializer.Deserialize<ApplicationForm>(body.TrimStart('\uFEFF'), EventSerializer.Options)!;
        var expected = JsonSerializer.SerializeToNode(typed, EventSerializer.Options);
        if (!JsonNode.DeepEquals(expected, view["application"]))
            throw new Xunit.Sdk.XunitException(
                $"The stored draft differs from what was accepted ({what}).\nSent (typed): {expected}\nStored: {view["application"]}"
            );
    }
}
