using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>The JSON API as a test drives it.</summary>
public static class ApiClient
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<(Guid Id, string Reference)> CreateAsync(HttpClient client, string applicationJson)
    {
        var response = await client.PostAsync("/api/applications", Json(applicationJson));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        // A declared ethics approval must be attached before submitting, as a researcher's script would attach it.
        if (DeclaresEthicsApproval(applicationJson))
            await AttachAsync(client, id, "ethics_approval");
        return (id, body.GetProperty("reference").GetString()!);
    }

    public static bool DeclaresEthicsApproval(string applicationJson) =>
        System.Text.Json.Nodes.JsonNode.Parse(applicationJson)?["project"]?["ethics"]?["status"]?.GetValue<string>() == "approved";

    /// <summary>Attaches a one-page PDF over the API.</summary>
    public static async Task AttachAsync(HttpClient client, Guid id, string kind)
    {
        using var content = new ByteArrayContent(OnePagePdf());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        var response = await client.PutAsync($"/api/applications/{id}/attachments/{kind}", content);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    public static byte[] OnePagePdf()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    public static async Task SubmitAsync(HttpClient client, Guid id)
    {
        var response = await client.PostAsync($"/api/applications/{id}/submit", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    /// <summary>Creates an application from a shared example, submits it and waits until screening has routed it.</summary>
    public static async Task<(Guid Id, JsonElement View)> SubmitAndWaitAsync(
        HttpClient researcher,
        string exampleId,
        string status = "AwaitingDecision"
    )
    {
        var (id, _) = await CreateAsync(researcher, ExampleCases.ApplicationJson(exampleId));
        await SubmitAsync(researcher, id);
        return (id, await WaitForStatusAsync(researcher, id, status));
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/applications/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// Polls until the application reaches a state the predicate accepts. The generous limit is a safety net
    /// against a hung engine, not a performance assertion.
    /// </summary>
    public static Task<JsonElement> WaitForAsync(HttpClient client, Guid id, Func<JsonElement, bool> done, string what, int seconds = 60) =>
        Poll.UntilAsync(
            () => GetAsync(client, id),
            done,
            last => $"Application {id} never reached '{what}'. Last seen: {last}",
            TimeSpan.FromSeconds(seconds)
        );

    public static Task<JsonElement> WaitForStatusAsync(HttpClient client, Guid id, string status, int seconds = 60) =>
        WaitForAsync(client, id, v => v.GetProperty("status").GetString() == status, status, seconds);

    public static Task<JsonElement> WaitForLetterAsync(HttpClient client, Guid id, int seconds = 60) =>
        WaitForAsync(client, id, v => v.GetProperty("letter").ValueKind == JsonValueKind.Object, "letter issued", seconds);

    public static async Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid id, object decision) =>
        await client.PostAsync($"/api/applications/{id}/decision", Json(JsonSerializer.Serialize(decision, ExampleCases.Json)));
}
