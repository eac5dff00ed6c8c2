using AngleSharp.Html.Dom;

namespace ResearchRelease.Web.Tests.Journeys;

/// <summary>Reads the GOV.UK task list: each task's own status, and a section's as its tasks add up.</summary>
public static class TaskList
{
    public static IReadOnlyList<string> Statuses(IHtmlDocument page, string section) =>
        page.QuerySelectorAll($"#tasks-{section} .govuk-task-list__status").Select(s => s.TextContent.Trim()).ToList();

    /// <summary>"Completed" when every task is, "Not started" when none is started, else "In progress".</summary>
    public static string SectionStatus(IHtmlDocument page, string section)
    {
        var statuses = Statuses(page, section);
        Assert.NotEmpty(statuses);
        return statuses.All(s => s == "Completed") ? "Completed"
            : statuses.All(s => s == "Not started") ? "Not started"
            : "In progress";
    }
}
