using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Deputies;

/// <summary>The steps the deputy tests take, through the pages and the API exactly as people and scripts do.</summary>
internal static class DeputySteps
{
    public const string DeputySubject = "dev-deputy";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The Chief Statistician fills in the designation form for the deputy persona.</summary>
    public static Task<HttpResponseMessage> DesignateOnPageAsync(
        HttpClient chief,
        DateOnly from,
        DateOnly until,
        string reason = "Annual leave of the Chief Statistician"
    ) =>
        HtmlForms.SubmitAsync(
            chief,
            "/deputies/new",
            "main form",
            [
                new("Input.DeputyName", "Dr Aisha Rahman"),
                new("Input.DeputySubject", DeputySubject),
                new("Input.DeputyEmail", "aisha.rahman@education.gov.uk"),
                new("Input.DeputyTitle", "Deputy Director"),
                new("Input.FromDay", from.Day.ToString(CultureInfo.InvariantCulture)),
                new("Input.FromMonth", from.Month.ToString(CultureInfo.InvariantCulture)),
                new("Input.FromYear", from.Year.ToString(CultureInfo.InvariantCulture)),
                new("Input.UntilDay", until.Day.ToString(CultureInfo.InvariantCulture)),
                new("Input.UntilMonth", until.Month.ToString(CultureInfo.InvariantCulture)),
                new("Input.UntilYear", until.Year.ToString(CultureInfo.InvariantCulture)),
                new("Input.Reason", reason),
            ]
        );

    public static Task<HttpResponseMessage> DesignateByApiAsync(HttpClient client, object body) =>
        client.PostAsync("/api/deputies", ApiClient.Json(System.Text.Json.JsonSerializer.Serialize(body)));

    /// <summary>Reviews and signs an approval on the case page; returns the answer to the sign (or review) step.</summary>
    public static async Task<HttpResponseMessage> ApproveOnPageAsync(HttpClient decider, Guid id)
    {
        var review = await HtmlForms.SubmitAsync(
            decider,
            $"/decisions/{id}",
            "form[action*='handler=Review']",
            [new("Input.Outcome", "approve"), new("Input.EndDay", "31"), new("Input.EndMonth", "3"), new("Input.EndYear", "2029")]
        );
        if (review.StatusCode != HttpStatusCode.OK)
            return review;
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await review.Content.ReadAsStringAsync());
        return await HtmlForms.SubmitAsync(decider, page, $"/decisions/{id}", "form[action*='handler=Sign']", [new("confirmed", "true")]);
    }

    /// <summary>An application that names the deputy persona as a data user, waiting for a decision.</summary>
    public static async Task<Guid> NamingTheDeputyAsync(HttpClient researcher)
    {
        var form = JsonNode.Parse(ExampleCases.ApplicationJson("pub-01"))!;
        form["namedUsers"]!.AsArray().Add(new JsonObject { ["name"] = "Dr Aisha Rahman", ["accreditedResearcher"] = true });
        var (id, _) = await ApiClient.CreateAsync(researcher, form.ToJsonString());
        await ApiClient.SubmitAsync(researcher, id);
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        return id;
    }

    /// <summary>Where a page sends the caller: "denied" for the access-denied page, else the status code.</summary>
    public static async Task<string> AnswerAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect)
            return response.Headers.Location!.OriginalString.Contains("/access-denied", StringComparison.Ordinal) ? "denied" : "302";
        return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
    }
}
