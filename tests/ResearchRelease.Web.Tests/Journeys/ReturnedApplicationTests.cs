using System.Net;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Journeys;

/// <summary>An incomplete application comes back; the task list and the pages say what to mend; it goes on once mended.</summary>
public sealed class ReturnedApplicationTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    private readonly HttpClient _researcher = shared.App.ClientFor(Personas.Researcher);

    [Fact]
    public async Task The_returned_reasons_show_where_they_apply_and_the_mended_application_goes_to_the_chief_statistician()
    {
        // pub-06 has no named users and no settings: screening sends it back before any judgement.
        var (id, _) = await ApiClient.CreateAsync(_researcher, ExampleCases.ApplicationJson("pub-06"));
        await ApiClient.SubmitAsync(_researcher, id);
        await ApiClient.WaitForStatusAsync(_researcher, id, "ReturnedToResearcher");

        var tasks = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/tasks");
        Assert.NotNull(tasks.QuerySelector("#returned"));
        Assert.NotNull(tasks.QuerySelector("#returned-people"));
        Assert.NotNull(tasks.QuerySelector("#returned-settings"));
        Assert.Null(tasks.QuerySelector("#returned-project"));
        Assert.Equal("Not started", TaskList.SectionStatus(tasks, "settings"));
        var access = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/questions/access");
        var here = access.QuerySelector("#returned-here")!.TextContent;
        Assert.Contains("access route", here, StringComparison.Ordinal);
        Assert.DoesNotContain("settings.accessRoute", here, StringComparison.Ordinal);
        var title = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/questions/title");
        Assert.Null(title.QuerySelector("#returned-here"));

        // Mend it page by page, then submit again from Check your answers.
        await ApplicationFlow.AddNamedUserAsync(_researcher, id, "Dr Priya Shah", accredited: true);
        var answers = FirstExampleAnswers.Fields();
        foreach (var page in new[] { "access", "retention", "lawful-basis" })
            Assert.Equal(HttpStatusCode.Redirect, (await ApplicationFlow.AnswerAsync(_researcher, id, page, answers)).StatusCode);
        tasks = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/tasks");
        Assert.Equal("Completed", TaskList.SectionStatus(tasks, "settings"));

        await ApplicationFlow.AttachEthicsLetterAsync(_researcher, id);
        var check = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/check-answers");
        Assert.Equal("Submit again", check.QuerySelector("#submit")!.TextContent.Trim());
        var submitted = await HtmlForms.SubmitAsync(_researcher, check, $"/applications/{id}/check-answers", "#submit-form", []);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var view = await ApiClient.WaitForStatusAsync(_researcher, id, "AwaitingDecision");
        Assert.Equal("eligible", view.GetProperty("screening").GetProperty("overall").GetString());

        // Once submitted the flow pages are closed: they lead to the application's page.
        Assert.Equal(HttpStatusCode.Redirect, (await _researcher.GetAsync($"/applications/{id}/questions/access")).StatusCode);
    }
}
