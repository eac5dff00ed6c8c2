using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Letters;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Process;

/// <summary>
/// Bounded retries end in a suspension that compliance can see and only a service administrator can act on; after
/// the fault is fixed, the administrator's retry completes the application exactly once, and the journal says who.
/// </summary>
public sealed class ProcessOperationsTests
{
    private const int MaxActivityAttempts = 5; // the app's default (Workflow:MaxActivityAttempts)

    [Fact]
    public async Task A_letter_step_that_keeps_failing_is_suspended_listed_and_retried_by_an_administrator_once_fixed()
    {
        using var db = TestDatabase.Sqlite();
        var renderer = new FlakyRenderer();
        await using var app = new AppFactory(db, s =>
            s.AddSingleton<ILetterRenderer>(sp => renderer.Around(ActivatorUtilities.CreateInstance<PdfLetterRenderer>(sp)))
        );
        var researcher = app.ClientFor(Personas.Researcher);
        var compliance = app.ClientFor(Personas.Compliance);
        var admin = app.ClientFor(Personas.Admin);
        var (id, view) = await ApiClient.SubmitAndWaitAsync(researcher, "pub-01");
        var reference = view.GetProperty("reference").GetString()!;
        var decided = await ApiClient.DecideAsync(
            app.ClientFor(Personas.ChiefStatistician),
            id,
            new { outcome = "approve", endDate = "2029-03-31" }
        );
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());

        var listed = await ListedAsync(compliance, id, "Suspended");
        Assert.Equal(MaxActivityAttempts, renderer.Attempts);
        var row = listed.QuerySelector($"tr[data-application='{id}']")!;
        Assert.Contains("Issue approval letter", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(
            "Simulated failure: the letter store is unavailable.",
            row.QuerySelector("[data-last-error]")!.TextContent,
            StringComparison.Ordinal
        );
        Assert.Empty(listed.QuerySelectorAll("[data-action]"));

        // Compliance reads and changes nothing: the action page and its post are refused.
        var act = $"/compliance/process/instances/{id}/act";
        Assert.Contains(
            "/access-denied",
            (await compliance.GetAsync(act + "?operation=retry")).Headers.Location?.OriginalString,
            StringComparison.Ordinal
        );
        var refused = await compliance.PostAsync(act, new FormUrlEncodedContent([new("Operation", "retry")]));
        Assert.Contains("/access-denied", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await compliance.GetAsync("/access-denied")).StatusCode);
        // No attempt while suspended: the count after the administrator's retry below is exactly one more.

        var offered = await HtmlForms.GetPageAsync(admin, "/compliance/process/instances");
        Assert.NotNull(offered.QuerySelector($"tr[data-application='{id}'] a[data-action='retry']"));
        renderer.Fix();
        var done = await HtmlForms.SubmitAsync(admin, act + "?operation=retry", "#act", [new("Reason", "letter store back up")]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.StartsWith("/compliance/process/instances?done=retry", done.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var finished = await ApiClient.WaitForLetterAsync(researcher, id);
        Assert.Equal("Approved", finished.GetProperty("status").GetString());
        Assert.Single(finished.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("type").GetString() == "letter_issued");
        Assert.Equal(MaxActivityAttempts + 1, renderer.Attempts);
        await ProcessWaits.WaitingAtAsync(app, id, "await-release-end");
        var after = await HtmlForms.GetPageAsync(compliance, "/compliance/process/instances");
        Assert.Null(after.QuerySelector($"tr[data-application='{id}']"));

        var record = await HtmlForms.GetPageAsync(compliance, $"/compliance/records/{reference}");
        Assert.Equal(MaxActivityAttempts, record.QuerySelectorAll("#journal tr[data-kind='activity-failed']").Length);
        var retried = Assert.Single(record.QuerySelectorAll("#journal tr[data-kind='operator-retried']"));
        Assert.Contains("Alex Morgan", retried.TextContent, StringComparison.Ordinal);
        Assert.Contains("letter store back up", retried.TextContent, StringComparison.Ordinal);
        // Approved: the release now waits for its end date (version 2) rather than ending.
        Assert.Single(record.QuerySelectorAll("#journal tr[data-kind='waiting']"), r =>
            r.TextContent.Contains("Await release end", StringComparison.Ordinal)
        );
        var chiefCase = await HtmlForms.GetPageAsync(app.ClientFor(Personas.ChiefStatistician), $"/decisions/{id}");
        Assert.NotEmpty(chiefCase.QuerySelectorAll("#journal tr[data-kind='activity-failed']"));
        Assert.Null(chiefCase.QuerySelector("#journal form"));
    }

    [Fact]
    public async Task An_administrator_suspends_and_resumes_a_waiting_application_and_bad_input_is_refused_by_field()
    {
        using var db = TestDatabase.Sqlite();
        await using var app = new AppFactory(db);
        var admin = app.ClientFor(Personas.Admin);
        var (id, _) = await ApiClient.SubmitAndWaitAsync(app.ClientFor(Personas.Researcher), "pub-01");
        var act = $"/compliance/process/instances/{id}/act";

        var noChoice = await HtmlForms.SubmitAsync(admin, act, "#act", []);
        Assert.Equal(HttpStatusCode.BadRequest, noChoice.StatusCode);
        Assert.Contains("href=\"#operation-retry\"", await noChoice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var tooLong = await HtmlForms.SubmitAsync(admin, act + "?operation=suspend", "#act", [new("Reason", new string('x', 501))]);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var notSuspended = await HtmlForms.SubmitAsync(admin, act + "?operation=resume", "#act", []);
        Assert.Equal(HttpStatusCode.Conflict, notSuspended.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/compliance/process/instances/{Guid.NewGuid()}/act")).StatusCode);
        var badDays = await admin.GetAsync("/compliance/process/instances?waitingDays=soon");
        Assert.Equal(HttpStatusCode.BadRequest, badDays.StatusCode);
        Assert.Contains("href=\"#waitingDays\"", await badDays.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(
            (await HtmlForms.GetPageAsync(admin, "/compliance/process/instances?waitingDays=0")).QuerySelector(
                $"tr[data-application='{id}'] a[data-action='suspend']"
            )
        );

        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(admin, act + "?operation=suspend", "#act", [])).StatusCode);
        await ListedAsync(admin, id, "Suspended");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(admin, act + "?operation=resume", "#act", [])).StatusCode);
        var decided = await ApiClient.DecideAsync(
            app.ClientFor(Personas.ChiefStatistician),
            id,
            new { outcome = "refuse", reasons = "Not for research." }
        );
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        await ApiClient.WaitForLetterAsync(app.ClientFor(Personas.Researcher), id);
    }

    /// <summary>Polls the list until the application shows in the given state (the engine works in the background).</summary>
    private static Task<AngleSharp.Html.Dom.IHtmlDocument> ListedAsync(HttpClient client, Guid id, string state) =>
        Poll.UntilAsync(
            () => HtmlForms.GetPageAsync(client, "/compliance/process/instances"),
            page => page.QuerySelector($"tr[data-application='{id}'] .govuk-tag")?.TextContent == state,
            page => $"{id} never listed as {state}:\n{page.QuerySelector("main")?.TextContent}"
        );
}
