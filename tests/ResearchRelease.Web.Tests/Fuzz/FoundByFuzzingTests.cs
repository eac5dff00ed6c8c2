using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Journeys;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>One regression test for each product bug the fuzz suites found (docs/security.md lists them).</summary>
public abstract class FoundByFuzzingTests(SharedApp shared)
{
    private readonly HttpClient _researcher = shared.App.ClientFor(Personas.Researcher);
    private static readonly string Valid = ExampleCases.ApplicationJson("pub-01");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
    }

    [SkippableTheory]
    [InlineData("abc")]
    [InlineData("1.0")]
    [InlineData("99999999999")]
    public async Task A_malformed_expected_version_is_a_400_naming_it_not_a_500(string version)
    {
        var (id, _) = await ApiClient.CreateAsync(_researcher, Valid);
        var put = await _researcher.PutAsync($"/api/applications/{id}?expectedVersion={version}", ApiClient.Json(Valid));
        Assert.True((await ProblemAsync(put, HttpStatusCode.BadRequest)).TryGetProperty("expectedVersion", out _));
        var submit = await _researcher.PostAsync($"/api/applications/{id}/submit?expectedVersion={version}", null);
        Assert.True((await ProblemAsync(submit, HttpStatusCode.BadRequest)).TryGetProperty("expectedVersion", out _));
        Assert.Equal("Draft", (await ApiClient.GetAsync(_researcher, id)).GetProperty("status").GetString());
    }

    [SkippableTheory]
    [InlineData("\"dataItems\": [null]", "dataItems[0]")]
    [InlineData("\"namedUsers\": [null]", "namedUsers[0]")]
    [InlineData("\"project\": {\"subjectFocus\": [\"attainment\", null]}", "project.subjectFocus[1]")]
    [InlineData("\"project\": {\"title\": \"a\\u0000b\"}", "project.title")]
    [InlineData("\"organisation\": {\"name\": \"x\\ud800\"}", "organisation.name")]
    [InlineData("\"project\": {\"population\": {\"keyStages\": [\"KS1\\u001b\"]}}", "project.population.keyStages[0]")]
    public async Task Null_entries_and_control_characters_are_refused_where_they_were_stored(string member, string field)
    {
        // Stored before, a null entry broke the task list (500) and a NUL could not be written to PostgreSQL.
        var response = await _researcher.PostAsync("/api/applications", ApiClient.Json("{" + member + "}"));
        Assert.True((await ProblemAsync(response, HttpStatusCode.BadRequest)).TryGetProperty(field, out _), field);
    }

    [SkippableTheory]
    [InlineData("{\"project\": {\"population\": {\"keyStages\": [\"KS1\", \"unterminated]}}}")]
    [InlineData("{\"project\": {\"title\": tru}}")]
    public async Task A_json_syntax_error_names_the_body_not_the_next_field(string body)
    {
        var errors = await ProblemAsync(await _researcher.PostAsync("/api/applications", ApiClient.Json(body)), HttpStatusCode.BadRequest);
        Assert.Equal(["body"], errors.EnumerateObject().Select(e => e.Name));
    }

    [SkippableTheory]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/jsonp")]
    [InlineData("text/plain")]
    public async Task A_wrong_content_type_is_a_415_naming_the_body(string type)
    {
        var content = new StringContent(Valid, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(type);
        foreach (var url in new[] { "/api/applications", "/api/screening" })
            Assert.True(
                (await ProblemAsync(await _researcher.PostAsync(url, content), HttpStatusCode.UnsupportedMediaType)).TryGetProperty(
                    "body",
                    out _
                ),
                url
            );
    }

    [SkippableFact]
    public async Task No_json_endpoint_lets_routing_answer_a_wrong_content_type_itself()
    {
        // Accepts metadata makes routing refuse a wrong content type with a bare 415 before our handler can name the
        // body; five endpoints added after finding 5 had it again. Every endpoint reads its body through JsonBody.
        var declaring = shared
            .App.Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>() is not null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        Assert.Empty(declaring);

        var chief = shared.App.ClientFor(Personas.ChiefStatistician);
        var content = new StringContent("{}", Encoding.UTF8, "text/plain");
        var response = await chief.PostAsync($"/api/applications/{Guid.NewGuid()}/letter-corrections", content);
        Assert.True((await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType)).TryGetProperty("body", out _));
    }

    [SkippableFact]
    public async Task A_malformed_remove_index_removes_nothing()
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        await ApplicationFlow.AddNamedUserAsync(_researcher, id, "Dr Priya Shah", accredited: true);
        var page = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/named-users");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var version = page.QuerySelector("input[name='DraftVersion']")!.GetAttribute("value")!;
        await _researcher.PostAsync(
            $"/applications/{id}/named-users?handler=Remove&index=abc",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("DraftVersion", version)])
        );
        Assert.Equal(1, (await ApiClient.GetAsync(_researcher, id)).GetProperty("application").GetProperty("namedUsers").GetArrayLength());
    }

    [SkippableTheory]
    [InlineData(70_000, HttpStatusCode.RequestEntityTooLarge, "What you sent is too large")]
    [InlineData(-1, HttpStatusCode.BadRequest, "There is a problem with your request")]
    public async Task A_form_the_framework_cannot_read_gets_a_page_that_says_why(int length, HttpStatusCode status, string heading)
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        var value = length < 0 ? "a\0b" : new string('a', length);
        var response = await ApplicationFlow.AnswerAsync(_researcher, id, "title", [new("Input.LaySummary", value)]);
        Assert.Equal(status, response.StatusCode);
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(heading, doc.QuerySelector("h1")!.TextContent.Trim());
    }

    [SkippableFact]
    public async Task A_blank_tick_beside_an_unknown_code_still_names_the_unknown_code()
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        var refused = await HtmlForms.SubmitAsync(
            _researcher,
            $"/applications/{id}/data-items",
            "#question-form",
            [new("Selected", "\t"), new("Selected", "upn"), new("Selected", "not-a-real-item"), new("action", "continue")]
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#data-items\"", body, StringComparison.Ordinal);
        Assert.Contains("&#x27;not-a-real-item&#x27; is not an item you can request", body, StringComparison.Ordinal);

        var blankOnly = await HtmlForms.SubmitAsync(
            _researcher,
            $"/applications/{id}/data-items",
            "#question-form",
            [new("Selected", " "), new("Selected", "upn"), new("action", "continue")]
        );
        Assert.Equal($"/applications/{id}/data-items/upn", blankOnly.Headers.Location!.OriginalString);
    }

    [SkippableFact]
    public async Task A_refused_letter_upload_on_the_verify_page_is_a_400_whose_title_says_error()
    {
        var anonymous = shared.App.ClientFor(null);
        var page = await HtmlForms.GetPageAsync(anonymous, "/verify");
        var token = page.QuerySelector("#upload-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var response = await anonymous.PostAsync("/verify", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Error:", doc.Title, StringComparison.Ordinal);
        Assert.Equal("#upload", doc.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
    }

    [SkippableTheory]
    [InlineData(null)]
    [InlineData("other")]
    public async Task An_upload_with_a_missing_or_unknown_kind_links_its_error_to_a_box_on_the_page(string? kind)
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        var page = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/attachments");
        var form = page.QuerySelector("#upload-ethics_approval")!;
        using var content = new MultipartFormDataContent
        {
            {
                new StringContent(form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!),
                "__RequestVerificationToken"
            },
        };
        if (kind is not null)
            content.Add(new StringContent(kind), "kind");
        content.Add(new ByteArrayContent("%PDF-1.7"u8.ToArray()), "file", "a.pdf");
        var response = await _researcher.PostAsync(form.GetAttribute("action"), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var target = doc.QuerySelector(".govuk-error-summary a")!.GetAttribute("href")!.TrimStart('#');
        Assert.NotNull(doc.GetElementById(target));
    }

    [SkippableTheory]
    [InlineData(".", "document.pdf")]
    [InlineData("..", "document.pdf")]
    [InlineData("a/...", "document.pdf")]
    [InlineData("long-emoji", null)]
    public async Task An_uploaded_file_name_that_names_a_directory_or_is_cut_inside_an_emoji_is_stored_safely(string sent, string? expected)
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        var name = sent == "long-emoji" ? string.Concat(Enumerable.Repeat("🙂", 150)) + "x.pdf" : sent;
        var page = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/attachments");
        var form = page.QuerySelector("#upload-ethics_approval")!;
        var file = new ByteArrayContent(UploadGens.RealPdfs[0]);
        file.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data")
        {
            Name = "\"file\"",
            FileNameStar = name,
        };
        using var content = new MultipartFormDataContent
        {
            {
                new StringContent(form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!),
                "__RequestVerificationToken"
            },
            { new StringContent("ethics_approval"), "kind" },
        };
        content.Add(file);
        Assert.Equal(HttpStatusCode.Redirect, (await _researcher.PostAsync(form.GetAttribute("action"), content)).StatusCode);
        var stored = (await _researcher.GetAsync($"/applications/{id}/attachments/ethics_approval"))
            .Content
            .Headers
            .ContentDisposition!
            .FileNameStar!;
        if (expected is not null)
            Assert.Equal(expected, stored);
        else
            Assert.Equal(string.Concat(Enumerable.Repeat("🙂", 97)) + "x.pdf", stored);
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_form_field_named_with_an_unclosed_bracket_is_a_400_not_a_500(bool multipart)
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        var url = $"/applications/{id}/{(multipart ? "attachments" : "questions/title")}";
        var page = await HtmlForms.GetPageAsync(_researcher, url);
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        HttpContent content = multipart
            ? new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent("x"), "\"a[b\"" },
            }
            : new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("a[b", "x")]);
        var response = await _researcher.PostAsync(multipart ? url + "?handler=Upload" : url, content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        content.Dispose();
    }
}

public sealed class FoundByFuzzingOnSqlite(SqliteSharedApp shared) : FoundByFuzzingTests(shared), IClassFixture<SqliteSharedApp>;

public sealed class FoundByFuzzingOnPostgres(PostgresSharedApp shared) : FoundByFuzzingTests(shared), IClassFixture<PostgresSharedApp>;
