using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Journeys;

namespace ResearchRelease.Web.Tests.Validation;

/// <summary>
/// The answers issue 14 found accepted that should not be, each refused with the GOV.UK error pattern: an error
/// summary linking to the field, the message beside the field, and "Error: " in the page title.
/// </summary>
public sealed class ValidationGapTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    private readonly HttpClient researcher = shared.App.ClientFor(Personas.Researcher);

    [Fact]
    public async Task A_destruction_date_in_the_past_is_refused()
    {
        var id = await ApplicationFlow.StartAsync(researcher);
        var response = await ApplicationFlow.AnswerAsync(
            researcher,
            id,
            "retention",
            [new("Input.RetentionDay", "1"), new("Input.RetentionMonth", "1"), new("Input.RetentionYear", "2020")]
        );

        await AssertGovukErrorAsync(response, "RetentionDay", "The date data will be destroyed by must be in the future");
        var stored = (await ApiClient.GetAsync(researcher, id)).GetProperty("application");
        Assert.False(
            stored.TryGetProperty("settings", out var settings)
                && settings.ValueKind == System.Text.Json.JsonValueKind.Object
                && settings.TryGetProperty("retentionEnd", out var end)
                && end.GetString() == "2020-01-01"
        );
    }

    [Fact]
    public async Task A_malformed_ico_registration_number_is_refused_on_the_page_and_by_the_api()
    {
        var id = await ApplicationFlow.StartAsync(researcher);
        var response = await ApplicationFlow.AnswerAsync(researcher, id, "organisation", [new("Input.IcoRegistration", "bad ico")]);
        await AssertGovukErrorAsync(
            response,
            "IcoRegistration",
            "Enter the ICO registration number in the correct format, like Z1234567 or ZA123456"
        );

        var accepted = await ApplicationFlow.AnswerAsync(researcher, id, "organisation", [new("Input.IcoRegistration", "za 123456")]);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var form = JsonNode.Parse(ExampleCases.ApplicationJson("pub-01"))!;
        form["organisation"]!["icoRegistration"] = "bad ico";
        var api = await researcher.PostAsync("/api/applications", ApiClient.Json(form.ToJsonString()));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("organisation.icoRegistration", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_user_without_a_name_is_refused_by_the_page_and_by_the_api()
    {
        var id = await ApplicationFlow.StartAsync(researcher);
        var page = await HtmlForms.SubmitAsync(
            researcher,
            $"/applications/{id}/named-users",
            "#add-user-form",
            [new("NewName", " "), new("NewEmail", "tom.evans@exampleton.ac.uk"), new("NewOrganisation", "University of Exampleton")]
        );
        await AssertGovukErrorAsync(page, "NewName", "Enter the data user's full name");

        var form = JsonNode.Parse(ExampleCases.ApplicationJson("pub-01"))!;
        form["namedUsers"]!.AsArray().Add(new JsonObject { ["name"] = "", ["accreditedResearcher"] = true });
        var api = await researcher.PostAsync("/api/applications", ApiClient.Json(form.ToJsonString()));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var body = await api.Content.ReadAsStringAsync();
        Assert.Contains("namedUsers[2].name", body, StringComparison.Ordinal);
        Assert.Contains("Enter the named user's full name", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ethics_approved_without_the_approval_letter_cannot_be_submitted()
    {
        var id = await DraftWithoutAttachmentsAsync();
        var url = $"/applications/{id}/check-answers";
        var check = await HtmlForms.GetPageAsync(researcher, url);
        Assert.Equal("Not attached", check.QuerySelector("#ethics_approval")!.TextContent.Trim());

        var refused = await HtmlForms.SubmitAsync(researcher, check, url, "#submit-form", []);
        await AssertGovukErrorAsync(
            refused,
            "ethics_approval",
            "Attach your ethics approval letter, or change your answer about ethics approval"
        );
        Assert.Equal("Draft", (await ApiClient.GetAsync(researcher, id)).GetProperty("status").GetString());

        await ApplicationFlow.AttachEthicsLetterAsync(researcher, id);
        check = await HtmlForms.GetPageAsync(researcher, url);
        Assert.Equal("ethics-approval.pdf", check.QuerySelector("#ethics_approval")!.TextContent.Trim());
        var submitted = await HtmlForms.SubmitAsync(researcher, check, url, "#submit-form", []);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal($"/applications/{id}/submitted", submitted.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_api_refuses_the_same_submission_naming_the_missing_attachment()
    {
        var id = await DraftWithoutAttachmentsAsync();
        var refused = await researcher.PostAsync($"/api/applications/{id}/submit", null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal(
            "Attach your ethics approval letter, or change your answer about ethics approval",
            problem["errors"]!["attachments.ethics_approval"]![0]!.GetValue<string>()
        );
        Assert.Equal("Draft", (await ApiClient.GetAsync(researcher, id)).GetProperty("status").GetString());

        // Attached over the API, as a script would, the same submission goes.
        await ApiClient.AttachAsync(researcher, id, "ethics_approval");
        Assert.Equal(HttpStatusCode.Accepted, (await researcher.PostAsync($"/api/applications/{id}/submit", null)).StatusCode);
    }

    [Fact]
    public async Task An_api_attachment_must_be_a_pdf_of_a_known_kind_on_a_draft()
    {
        var id = await DraftWithoutAttachmentsAsync();
        using var text = new StringContent("not a pdf", System.Text.Encoding.UTF8, "application/pdf");
        var notPdf = await researcher.PutAsync($"/api/applications/{id}/attachments/ethics_approval", text);
        Assert.Equal(HttpStatusCode.BadRequest, notPdf.StatusCode);
        Assert.NotNull(JsonNode.Parse(await notPdf.Content.ReadAsStringAsync())!["errors"]!["file"]);
        using var pdf = new ByteArrayContent(ApiClient.OnePagePdf());
        pdf.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        var unknown = await researcher.PutAsync($"/api/applications/{id}/attachments/treasure_map", pdf);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.NotNull(JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!["errors"]!["kind"]);
        var other = shared.App.ClientFor(Personas.Researcher2);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await other.PutAsync($"/api/applications/{id}/attachments/ethics_approval", pdf)).StatusCode
        );
    }

    /// <summary>A draft of the first example (ethics declared approved) with nothing attached.</summary>
    private async Task<Guid> DraftWithoutAttachmentsAsync()
    {
        var created = await researcher.PostAsync("/api/applications", ApiClient.Json(ExampleCases.ApplicationJson("pub-01")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return Guid.Parse(JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_empty_verification_code_is_answered_with_a_message()
    {
        var response = await shared.App.ClientFor(null).GetAsync("/verify?code=");
        await AssertGovukErrorAsync(response, "code", "Enter the verification code printed on the letter");
        Assert.Equal(HttpStatusCode.OK, (await shared.App.ClientFor(null).GetAsync("/verify")).StatusCode);
    }

    private static async Task AssertGovukErrorAsync(HttpResponseMessage response, string field, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var link = page.QuerySelector($".govuk-error-summary a[href='#{field}']");
        Assert.NotNull(link);
        Assert.Equal(message, link!.TextContent.Trim());
        Assert.NotNull(page.GetElementById(field));
    }
}
