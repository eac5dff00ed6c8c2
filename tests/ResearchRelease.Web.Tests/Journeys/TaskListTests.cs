using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Journeys;

/// <summary>The GOV.UK task list: one status per task, and a count that agrees with the statuses it counts.</summary>
public sealed class TaskListTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    private readonly HttpClient researcher = shared.App.ClientFor(Personas.Researcher);

    [Fact]
    public async Task Every_task_has_one_status_and_the_count_adds_up()
    {
        var id = await ApplicationFlow.StartAsync(researcher);
        var empty = await HtmlForms.GetPageAsync(researcher, $"/applications/{id}/tasks");
        var items = empty.QuerySelectorAll(".govuk-task-list__item");
        Assert.All(items, item => Assert.Single(item.QuerySelectorAll(".govuk-task-list__status")));
        var started = items.Select(i => i.QuerySelector(".govuk-task-list__status")!.TextContent.Trim()).ToList();
        var required = started.Count(s => s != "Optional");
        Assert.Contains("Not started", started);
        Assert.Equal(
            $"You have completed {started.Count(s => s == "Completed")} of {required} tasks.",
            empty.QuerySelector("#task-count")!.TextContent.Split(" You can")[0].Trim()
        );

        // Typed in page by page, with the ethics letter the approval it declares needs: every task is completed.
        var filled = await ApplicationFlow.FillFirstExampleAsync(researcher);
        var tasks = await HtmlForms.GetPageAsync(researcher, $"/applications/{filled}/tasks");
        var statuses = tasks.QuerySelectorAll(".govuk-task-list__status").Select(s => s.TextContent.Trim()).ToList();
        var counted = statuses.Count(s => s != "Optional");
        Assert.All(statuses, s => Assert.Contains(s, new[] { "Completed", "Optional" }));
        Assert.Equal(
            $"You have completed {counted} of {counted} tasks.",
            tasks.QuerySelector("#task-count")!.TextContent.Split(" You can")[0].Trim()
        );
        Assert.Equal("Completed", tasks.QuerySelector("#task-ethics-approval-status")!.TextContent.Trim());
    }
}
