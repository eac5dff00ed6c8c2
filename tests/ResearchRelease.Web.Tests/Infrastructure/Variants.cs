using System.Text.Json.Nodes;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>The first shared example with its names changed, so a test can find its own rows in a shared register.</summary>
public static class Variants
{
    public static string Of(string caseId, string organisation, string? applicant = null, string? title = null)
    {
        var node = JsonNode.Parse(ExampleCases.ApplicationJson(caseId))!;
        node["organisation"]!["name"] = organisation;
        if (applicant is not null)
            node["applicant"]!["name"] = applicant;
        if (title is not null)
            node["project"]!["title"] = title;
        return node.ToJsonString();
    }

    public static async Task<(Guid Id, string Reference)> SubmittedAsync(HttpClient researcher, string json)
    {
        var created = await ApiClient.CreateAsync(researcher, json);
        await ApiClient.SubmitAsync(researcher, created.Id);
        return created;
    }
}
