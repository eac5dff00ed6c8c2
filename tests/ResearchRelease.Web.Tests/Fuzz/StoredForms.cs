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

    public static async Task AssertReadableAsync(HttpClient owner, Guid id, string what)
    {
        var api = await owner.GetAsync($"/api/applications/{id}");
        if (api.StatusCode != HttpStatusCode.OK) throw new Xunit.Sdk.XunitException($"GET /api/applications/{id} answered {(int)api.StatusCode} after {what}");
        foreach (var page in Pages)
        {
            var response = await owner.GetAsync($"/applications/{id}/{page}");
            if (response.StatusCode != HttpStatusCode.OK)
                throw new Xunit.Sdk.XunitException($"GET /applications/{id}/{page} answered {(int)response.StatusCode} after {what}");
        }
    }

    /// <summary>The stored answers equal the body as <see cref="ApplicationForm"/> reads it: unknown members dropped, nothing else changed.</summary>
    public static async Task AssertStoredAsync(HttpClient owner, Guid id, string body, string what)
    {
        var typed = JsonSerializer.Deserialize<ApplicationForm>(body.TrimStart('\uFEFF'), EventSerializer.Options)!;
        var expected = JsonSerializer.SerializeToNode(typed, EventSerializer.Options);
        var view = JsonNode.Parse(await owner.GetStringAsync($"/api/applications/{id}"))!;
        if (!JsonNode.DeepEquals(expected, view["application"]))
            throw new Xunit.Sdk.XunitException($"The stored draft differs from what was accepted ({what}).\nSent (typed): {expected}\nStored: {view["application"]}");
    }
}
