using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Register;

/// <summary>
/// A researcher reports the outputs of an approved release; they appear on its register entry, page, CSV and JSON.
/// On the page an output is added only from the "Are you sure?" page that shows it as it will be published.
/// </summary>
public abstract class OutputsTests(ApprovedApp approved, bool postgres)
{
    private string Page => $"/applications/{approved.Id}/outputs";

    [SkippableFact]
    public async Task Reported_outputs_appear_on_the_register_entry()
    {
        Require();
        var researcher = approved.App.ClientFor(Personas.Researcher);
        var url = $"/api/applications/{approved.Id}/outputs";
        var bad = await researcher.PostAsync(url, ApiClient.Json("""{"title":"Attainment gaps","link":"javascript:alert(1)"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"link\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await approved
                    .App.ClientFor(Personas.Researcher2)
                    .PostAsync(url, ApiClient.Json("""{"title":"Not mine","link":"https://example.org/x"}"""))
            ).StatusCode
        );

        var title = "Attainment gaps at key stage 4 " + Guid.NewGuid().ToString("N")[..6];
        var ok = await researcher.PostAsync(
            url,
            ApiClient.Json(JsonSerializer.Serialize(new { title, link = "https://example.org/papers/ks4-gaps" }))
        );
        Assert.True(ok.IsSuccessStatusCode, await ok.Content.ReadAsStringAsync());

        var anonymous = approved.App.ClientFor(null);
        var card = (await HtmlForms.GetPageAsync(anonymous, "/register")).QuerySelector($"#release-{approved.Reference}")!;
        var link = card.QuerySelectorAll("a").Single(a => a.TextContent == title);
        Assert.Equal("https://example.org/papers/ks4-gaps", link.GetAttribute("href"));
        Assert.Contains(title, await anonymous.GetStringAsync("/register.csv"), StringComparison.Ordinal);
        Assert.Contains(title, await RegisterOutputsAsync());
    }

    [SkippableFact]
    public async Task The_page_shows_the_output_as_it_will_be_published_and_adds_it_only_when_confirmed()
    {
        Require();
        var researcher = approved.App.ClientFor(Personas.Researcher);
        var before = await RegisterOutputsAsync();
        var title = "  Pupil progress in multi-academy trusts " + Guid.NewGuid().ToString("N")[..6];

        var check = await HtmlForms.SubmitAsync(
            researcher,
            Page,
            "#output-form",
            [new("Title", title), new("Link", "HTTPS://Example.org/reports/mat-progress")]
        );
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var sure = await ParseAsync(check);
        Assert.Equal("Are you sure you want to add this output to the public register?", sure.QuerySelector("h1")!.TextContent);
        var answers = sure.QuerySelector("#output-answers")!;
        Assert.Contains(title.Trim(), answers.TextContent, StringComparison.Ordinal);
        // The address is shown as it will be published, in words and as a link.
        Assert.Equal("https://example.org/reports/mat-progress", answers.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("https://example.org/reports/mat-progress", answers.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await RegisterOutputsAsync());

        var added = await HtmlForms.SubmitAsync(researcher, sure, Page, "#confirm-form", []);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var after = await HtmlForms.GetPageAsync(researcher, added.Headers.Location!.ToString());
        Assert.Contains(
            "The output was added to the public register",
            after.QuerySelector("#added")!.TextContent,
            StringComparison.Ordinal
        );
        Assert.Equal(before.Append(title.Trim()), await RegisterOutputsAsync());
    }

    [SkippableFact]
    public async Task No_change_the_details_goes_back_to_the_form_with_the_answers_and_adds_nothing()
    {
        Require();
        var researcher = approved.App.ClientFor(Personas.Researcher);
        var before = await RegisterOutputsAsync();
        var check = await ParseAsync(
            await HtmlForms.SubmitAsync(
                researcher,
                Page,
                "#output-form",
                [new("Title", "A working paper"), new("Link", "https://example.org/wp")]
            )
        );

        var form = check.QuerySelector("#confirm-form") as IHtmlFormElement;
        var change = check.QuerySelector("#change")!.GetAttribute("formaction")!;
        var fields = form!.Elements.OfType<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value));
        var back = await researcher.PostAsync(change, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var page = await ParseAsync(back);
        Assert.Equal("A working paper", page.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.Equal("https://example.org/wp", page.QuerySelector("#Link")!.GetAttribute("value"));
        Assert.Equal(before, await RegisterOutputsAsync());
    }

    [SkippableTheory]
    [InlineData("", "https://example.org/a", "Title", "Enter the title of the output")]
    [InlineData("A title", "", "Link", "Enter the web address where the output can be read")]
    [InlineData("A title", "javascript:alert(1)", "Link", "Enter a full web address, starting with https://")]
    [InlineData("A title", "example.org/no-scheme", "Link", "Enter a full web address, starting with https://")]
    public async Task Bad_answers_are_named_on_the_form_and_never_reach_the_check_page(
        string title,
        string link,
        string field,
        string message
    )
    {
        Require();
        var researcher = approved.App.ClientFor(Personas.Researcher);
        var before = await RegisterOutputsAsync();
        foreach (var form in new[] { "#output-form", "#confirm-form" })
        {
            // The confirm button re-checks everything: a hand-made post of bad values to it is refused the same way.
            var page =
                form == "#output-form"
                    ? await HtmlForms.GetPageAsync(researcher, Page)
                    : await ParseAsync(
                        await HtmlForms.SubmitAsync(
                            researcher,
                            Page,
                            "#output-form",
                            [new("Title", "Valid"), new("Link", "https://example.org/v")]
                        )
                    );
            var response = await HtmlForms.SubmitAsync(researcher, page, Page, form, [new("Title", title), new("Link", link)]);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var refused = await ParseAsync(response);
            Assert.Null(refused.QuerySelector("#confirm-form"));
            Assert.Equal($"#{field}", refused.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
            Assert.Contains(message, refused.QuerySelector($"#{field}-error")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(before, await RegisterOutputsAsync());
    }

    [SkippableFact]
    public async Task Confirming_without_the_antiforgery_token_adds_nothing()
    {
        Require();
        var before = await RegisterOutputsAsync();
        var response = await approved
            .App.ClientFor(Personas.Researcher)
            .PostAsync(
                $"{Page}?handler=Confirm",
                new FormUrlEncodedContent([new("Title", "Forged"), new("Link", "https://example.org/forged")])
            );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await RegisterOutputsAsync());
    }

    [SkippableFact]
    public async Task Another_researcher_gets_not_found_and_adds_nothing()
    {
        Require();
        var other = approved.App.ClientFor(Personas.Researcher2);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Page)).StatusCode);

        // Their own valid antiforgery token, from a form they can open.
        var start = await HtmlForms.GetPageAsync(other, "/applications/start");
        var token = start.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var before = await RegisterOutputsAsync();
        foreach (var handler in new[] { "", "?handler=Confirm", "?handler=Change" })
        {
            var response = await other.PostAsync(
                Page + handler,
                new FormUrlEncodedContent([
                    new("__RequestVerificationToken", token),
                    new("Title", "Not mine"),
                    new("Link", "https://example.org/not-mine"),
                ])
            );
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(before, await RegisterOutputsAsync());
    }

    private void Require()
    {
        if (postgres)
            TestDatabase.RequirePostgres();
    }

    /// <summary>The titles of this release's outputs on the public register, in the order reported.</summary>
    private async Task<List<string>> RegisterOutputsAsync()
    {
        var json = await approved.App.ClientFor(null).GetStringAsync("/register.json");
        var entry = JsonDocument
            .Parse(json)
            .RootElement.GetProperty("entries")
            .EnumerateArray()
            .Single(e => e.GetProperty("projectId").GetString() == approved.Reference);
        return [.. entry.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("title").GetString()!)];
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
}

public sealed class OutputsOnSqlite(ApprovedApp approved) : OutputsTests(approved, postgres: false), IClassFixture<ApprovedApp>;

public sealed class OutputsOnPostgres(ApprovedPostgresApp approved)
    : OutputsTests(approved, postgres: true),
        IClassFixture<ApprovedPostgresApp>;
