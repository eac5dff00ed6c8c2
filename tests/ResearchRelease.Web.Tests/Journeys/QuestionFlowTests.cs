using System.Net;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Journeys;

/// <summary>The question flow: task list statuses, add/remove lists, the data item picker, save and come back later.</summary>
public sealed class QuestionFlowTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    private readonly HttpClient _researcher = shared.App.ClientFor(Personas.Researcher);

    private async Task<string> StatusAsync(Guid id, string section) =>
        TaskList.SectionStatus(await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/tasks"), section);

    [Fact]
    public async Task A_new_application_starts_with_the_lead_applicant_filled_in_and_the_rest_not_started()
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        Assert.Equal("In progress", await StatusAsync(id, "people"));
        Assert.Equal("Not started", await StatusAsync(id, "project"));
        Assert.Equal("Not started", await StatusAsync(id, "settings"));
        var page = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/questions/applicant");
        Assert.Equal("Dr Priya Shah", page.QuerySelector("#ApplicantName")!.GetAttribute("value"));
        // No script is needed anywhere in the flow: every action is a form post.
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Theory]
    [InlineData("necessity", "LinkageNeeded", "yes", "LinkageDescription")]
    [InlineData("ethics", "EthicsStatus", "not_required", "EthicsNotRequiredReason")]
    public async Task A_follow_up_question_sits_under_the_answer_that_needs_it(string slug, string radio, string answer, string field)
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        var page = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/questions/{slug}");
        var conditional = page.QuerySelector($"#conditional-{radio}")!;
        Assert.NotNull(conditional.QuerySelector($"#{field}"));
        Assert.Contains("govuk-radios__conditional", conditional.ClassName, StringComparison.Ordinal);
        // It follows the answer it belongs to, so a screen reader meets it in order.
        var option = conditional.PreviousElementSibling!.QuerySelector("input[type=radio]")!;
        Assert.Equal(answer, option.GetAttribute("value"));
    }

    [Fact]
    public async Task Save_and_come_back_later_keeps_the_answers_and_goes_to_the_task_list()
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        var later = await ApplicationFlow.AnswerAsync(
            _researcher,
            id,
            "title",
            [new("Input.Title", "Absence and attainment")],
            action: "later"
        );
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Equal($"/applications/{id}/tasks?saved=true", later.Headers.Location!.OriginalString);
        var onward = await ApplicationFlow.AnswerAsync(_researcher, id, "purpose", [new("Input.Activity", "research")]);
        Assert.Equal($"/applications/{id}/questions/population", onward.Headers.Location!.OriginalString);
        var view = await ApiClient.GetAsync(_researcher, id);
        Assert.Equal("Absence and attainment", view.GetProperty("application").GetProperty("project").GetProperty("title").GetString());
        Assert.Equal("In progress", await StatusAsync(id, "project"));
    }

    [Fact]
    public async Task Named_users_are_added_and_removed_one_at_a_time()
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        await ApplicationFlow.AddNamedUserAsync(_researcher, id, "Dr Priya Shah", accredited: true);
        await ApplicationFlow.AddNamedUserAsync(_researcher, id, "Tom Evans", accredited: false);
        var removed = await HtmlForms.SubmitAsync(
            _researcher,
            $"/applications/{id}/named-users",
            "form[action*='handler=Remove'][action*='index=0']",
            []
        );
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var users = (await ApiClient.GetAsync(_researcher, id))
            .GetProperty("application")
            .GetProperty("namedUsers")
            .EnumerateArray()
            .ToList();
        Assert.Equal("Tom Evans", Assert.Single(users).GetProperty("name").GetString());
        Assert.False(users[0].GetProperty("accreditedResearcher").GetBoolean());
        var empty = await HtmlForms.SubmitAsync(_researcher, $"/applications/{id}/named-users", "#add-user-form", []);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("href=\"#NewName\"", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_research_question_renumbers_the_rest_and_the_items_follow()
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        await ApplicationFlow.AddQuestionAsync(_researcher, id, "First question about attainment?");
        await ApplicationFlow.AddQuestionAsync(_researcher, id, "Second question about progress?");
        await ApplicationFlow.PickItemsAsync(_researcher, id, ["ks4_results"]);
        await ApplicationFlow.JustifyItemAsync(_researcher, id, "ks4_results", "Outcome measure.", ["RQ1", "RQ2"]);
        var removed = await HtmlForms.SubmitAsync(
            _researcher,
            $"/applications/{id}/research-questions",
            "form[action*='handler=Remove'][action*='index=0']",
            []
        );
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var app = (await ApiClient.GetAsync(_researcher, id)).GetProperty("application");
        var question = Assert.Single(app.GetProperty("project").GetProperty("researchQuestions").EnumerateArray().ToList());
        Assert.Equal("RQ1", question.GetProperty("id").GetString());
        Assert.Equal("Second question about progress?", question.GetProperty("text").GetString());
        Assert.Equal(["RQ1"], app.GetProperty("dataItems")[0].GetProperty("researchQuestions").EnumerateArray().Select(q => q.GetString()));
    }

    [Fact]
    public async Task The_picker_shows_each_items_tier_and_offers_no_retired_item()
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        var picker = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/data-items");
        var upnRow = picker.QuerySelector("#item-upn")!.Closest("tr")!;
        Assert.Contains("Identifying", upnRow.TextContent, StringComparison.Ordinal);
        Assert.Contains(
            "Highly sensitive",
            picker.QuerySelector("#item-looked_after")!.Closest("tr")!.TextContent,
            StringComparison.Ordinal
        );
        Assert.Null(picker.QuerySelector("#item-ks3_results"));

        // Picking goes straight on to justifying the first new item; an empty justification is refused there.
        var picked = await HtmlForms.SubmitAsync(
            _researcher,
            picker,
            $"/applications/{id}/data-items",
            "#question-form",
            [new("Selected", "upn"), new("action", "continue")]
        );
        Assert.Equal($"/applications/{id}/data-items/upn", picked.Headers.Location!.OriginalString);
        var refused = await HtmlForms.SubmitAsync(
            _researcher,
            $"/applications/{id}/data-items/upn",
            "#question-form",
            [new("action", "continue")]
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("href=\"#Justification\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_researcher_cannot_open_the_flow_of_someone_elses_application()
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        var other = shared.App.ClientFor(Personas.Researcher2);
        foreach (var url in new[] { "tasks", "questions/title", "named-users", "research-questions", "data-items", "check-answers" })
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/applications/{id}/{url}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _researcher.GetAsync($"/applications/{id}/questions/no-such-page")).StatusCode);
    }
}
