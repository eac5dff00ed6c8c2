using System.Net;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Journeys;

namespace ResearchRelease.Web.Tests.Concurrency;

/// <summary>
/// Two tabs (two sessions of one researcher) editing one draft: a save from the tab that is behind is merged when
/// the other tab changed other pages, and refused with both sets of answers shown when it changed the same ones.
/// </summary>
public abstract class TwoTabsTests(SharedApp shared)
{
    private readonly HttpClient _tabA = shared.App.ClientFor(Personas.Researcher);
    private readonly HttpClient _tabB = shared.App.ClientFor(Personas.Researcher);

    private static string Url(Guid id, string page) => $"/applications/{id}/questions/{page}";

    private async Task<string?> TitleAsync(Guid id) =>
        (await ApiClient.GetAsync(_tabA, id)).GetProperty("application").GetProperty("project")
            is { ValueKind: System.Text.Json.JsonValueKind.Object } project
            ? project.GetProperty("title").GetString()
            : null;

    [SkippableFact]
    public async Task A_stale_tab_that_changed_another_page_is_merged_and_told_so()
    {
        var id = await ApplicationFlow.StartAsync(_tabA);
        var pageA = await HtmlForms.GetPageAsync(_tabA, Url(id, "title"));
        var savedB = await HtmlForms.SubmitAsync(
            _tabB,
            Url(id, "purpose"),
            "#question-form",
            [new("Input.Activity", "research"), new("action", "continue")]
        );
        Assert.Equal(HttpStatusCode.Redirect, savedB.StatusCode);

        var savedA = await HtmlForms.SubmitAsync(
            _tabA,
            pageA,
            Url(id, "title"),
            "#question-form",
            [new("Input.Title", "Absence and attainment"), new("action", "continue")]
        );
        Assert.Equal(HttpStatusCode.Redirect, savedA.StatusCode);
        var project = (await ApiClient.GetAsync(_tabA, id)).GetProperty("application").GetProperty("project");
        Assert.Equal("Absence and attainment", project.GetProperty("title").GetString());
        Assert.Equal("research", project.GetProperty("activity").GetString());

        var next = await HtmlForms.GetPageAsync(_tabA, savedA.Headers.Location!.OriginalString);
        Assert.Contains(
            "also changed in another tab or window",
            next.QuerySelector("#draft-merged")!.TextContent,
            StringComparison.Ordinal
        );
    }

    [SkippableFact]
    public async Task A_stale_tab_answering_an_unanswered_page_after_another_page_of_its_section_was_saved_is_merged()
    {
        // Found by the browser two-tab journey: the title save wrote project.subjectFocus as [], which read as a change to "purpose".
        var id = await ApplicationFlow.StartAsync(_tabA);
        var pageA = await HtmlForms.GetPageAsync(_tabA, Url(id, "purpose"));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await HtmlForms.SubmitAsync(
                    _tabB,
                    Url(id, "title"),
                    "#question-form",
                    [new("Input.Title", "Title from tab B"), new("action", "continue")]
                )
            ).StatusCode
        );

        var savedA = await HtmlForms.SubmitAsync(
            _tabA,
            pageA,
            Url(id, "purpose"),
            "#question-form",
            [new("Input.Activity", "research"), new("action", "continue")]
        );
        Assert.Equal(HttpStatusCode.Redirect, savedA.StatusCode);
        var project = (await ApiClient.GetAsync(_tabA, id)).GetProperty("application").GetProperty("project");
        Assert.Equal("Title from tab B", project.GetProperty("title").GetString());
        Assert.Equal("research", project.GetProperty("activity").GetString());
    }

    [SkippableFact]
    public async Task A_stale_tab_that_changed_the_same_answers_is_shown_both_and_chooses()
    {
        var id = await ApplicationFlow.StartAsync(_tabA);
        var pageA = await HtmlForms.GetPageAsync(_tabA, Url(id, "title"));
        var savedB = await HtmlForms.SubmitAsync(
            _tabB,
            Url(id, "title"),
            "#question-form",
            [new("Input.Title", "Title from tab B"), new("action", "continue")]
        );
        Assert.Equal(HttpStatusCode.Redirect, savedB.StatusCode);

        var refused = await HtmlForms.SubmitAsync(
            _tabA,
            pageA,
            Url(id, "title"),
            "#question-form",
            [new("Input.Title", "Title from tab A"), new("action", "continue")]
        );
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var conflict = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Equal("This section was changed in another tab or window", conflict.QuerySelector("h1")!.TextContent.Trim());
        var lists = conflict.QuerySelectorAll("#draft-conflict .govuk-summary-list").ToList();
        Assert.Contains("Title from tab B", lists[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Title from tab A", lists[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Title from tab B", await TitleAsync(id));

        // "Use the saved answers" is a link back to the page, which shows tab B's title; nothing was written.
        var useSaved = conflict.QuerySelector("#draft-conflict a.govuk-button")!.GetAttribute("href")!;
        Assert.Equal("Title from tab B", (await HtmlForms.GetPageAsync(_tabA, useSaved)).QuerySelector("#Title")!.GetAttribute("value"));

        var kept = await HtmlForms.SubmitAsync(_tabA, conflict, Url(id, "title"), "#conflict-form", []);
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Equal("Title from tab A", await TitleAsync(id));
        var after = await HtmlForms.GetPageAsync(_tabA, kept.Headers.Location!.OriginalString);
        Assert.Contains(
            "in place of the ones saved in the other tab",
            after.QuerySelector("#draft-merged")!.TextContent,
            StringComparison.Ordinal
        );
    }

    [SkippableFact]
    public async Task Adding_a_named_user_in_a_stale_tab_after_the_list_changed_asks_first()
    {
        var id = await ApplicationFlow.StartAsync(_tabA);
        var url = $"/applications/{id}/named-users";
        var pageA = await HtmlForms.GetPageAsync(_tabA, url);
        await ApplicationFlow.AddNamedUserAsync(_tabB, id, "Tom Evans", accredited: false);
        var refused = await HtmlForms.SubmitAsync(
            _tabA,
            pageA,
            url,
            "#add-user-form",
            [
                new("NewName", "Asha Patel"),
                new("NewEmail", "asha.patel@exampleton.ac.uk"),
                new("NewOrganisation", "University of Exampleton"),
            ]
        );
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var users = (await ApiClient.GetAsync(_tabA, id)).GetProperty("application").GetProperty("namedUsers");
        Assert.Equal(["Tom Evans"], users.EnumerateArray().Select(u => u.GetProperty("name").GetString()));
    }

    [SkippableTheory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("999")]
    [InlineData("-1")]
    public async Task A_missing_or_impossible_draft_version_saves_nothing_and_says_so(string version)
    {
        var id = await ApplicationFlow.StartAsync(_tabA);
        var response = await HtmlForms.SubmitAsync(
            _tabA,
            Url(id, "title"),
            "#question-form",
            [new("Input.Title", "Never saved"), new("DraftVersion", version), new("action", "continue")]
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This page was out of date", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await TitleAsync(id));
    }
}

public sealed class TwoTabsOnSqlite(SqliteSharedApp shared) : TwoTabsTests(shared), IClassFixture<SqliteSharedApp>;

public sealed class TwoTabsOnPostgres(PostgresSharedApp shared) : TwoTabsTests(shared), IClassFixture<PostgresSharedApp>;
