using System.Net;
using ResearchRelease.Web.Process;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Lifecycle;

/// <summary>
/// An approved release reaches its end date, expires, and is closed by the researcher's destruction declaration;
/// an overdue confirmation is flagged to compliance. The engine's timers are stood in for by calling the activities.
/// </summary>
public abstract class ReleaseEndTests(LifecycleApp app)
{
    private readonly HttpClient _researcher = app.App.ClientFor(Personas.Researcher);
    private readonly HttpClient _compliance = app.App.ClientFor(Personas.Compliance);

    [SkippableFact]
    public async Task The_release_expires_at_its_end_date_and_the_destruction_declaration_closes_it()
    {
        var (id, reference, end) = await Releases.ApprovedAsync(app, "Expiry College");
        Assert.Equal(end, DateOnly.FromDateTime((await app.AnchorAsync(id, 1, ProcessAnchorNames.ReleaseEnd))!.Value.UtcDateTime));
        Assert.Contains(
            "Not due",
            (await Assert.ThrowsAsync<InvalidOperationException>(() => app.RunAsync(ProcessActivityNames.ExpireRelease, id, 1))).Message
        );
        Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(ProcessActivityNames.RemindReleaseEnding, id, 1));
        Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(ProcessActivityNames.RemindReleaseEnding, id, 1));
        // Before expiry there is nothing to confirm: the form leads back to the application.
        Assert.Equal(HttpStatusCode.Redirect, (await _researcher.GetAsync($"/applications/{id}/destruction")).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(366));
        Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(ProcessActivityNames.ExpireRelease, id, 1));
        Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(ProcessActivityNames.ExpireRelease, id, 1));
        var view = await ApiClient.GetAsync(_researcher, id);
        Assert.Equal("Expired", Releases.Status(view));
        var types = Releases.EventTypes(view);
        Assert.Single(types, t => t == "release_expired");
        Assert.Single(types, t => t == "release_ending_reminder_sent");
        var due = (app.Clock.Today > end ? app.Clock.Today : end).AddDays(30);
        Assert.Equal(
            $"Expired — destruction confirmation due by {Releases.Long(due)}",
            view.GetProperty("release").GetProperty("summary").GetString()
        );

        var details = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}");
        Assert.NotNull(details.QuerySelector("#confirm-destruction"));
        Assert.Null(details.QuerySelector("#request-extension"));
        // Expired but not yet closed: still on the public register, shown as ended.
        var entry = (await HtmlForms.GetPageAsync(app.App.CreateClient(), "/register")).QuerySelector($"#release-{reference}")!.TextContent;
        Assert.Contains("Ended", entry, StringComparison.Ordinal);
        Assert.Contains(Releases.Long(end), entry, StringComparison.Ordinal);
        var listed = await HtmlForms.GetPageAsync(_compliance, "/compliance/releases");
        Assert.NotNull(listed.QuerySelector($"#release-{reference}"));

        // Every missing answer is named, GOV.UK style, and nothing is recorded.
        var empty = await HtmlForms.SubmitAsync(_researcher, $"/applications/{id}/destruction", "#destruction-form", []);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var errors = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await empty.Content.ReadAsStringAsync());
        Assert.Equal(
            ["#Method", "#DestroyedDay", "#Declaration"],
            errors.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")!)
        );
        Assert.StartsWith("Error:", errors.Title, StringComparison.Ordinal);

        var destroyedOn = app.Clock.Today.AddDays(-1);
        var confirmed = await HtmlForms.SubmitAsync(
            _researcher,
            $"/applications/{id}/destruction",
            "#destruction-form",
            [
                new("Method", "Project space deleted by the ONS SRS; local extracts securely erased."),
                new("DestroyedDay", destroyedOn.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("DestroyedMonth", destroyedOn.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("DestroyedYear", destroyedOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Declaration", "true"),
            ]
        );
        // The first click only asks "Are you sure?": nothing is recorded until that page's button.
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var sure = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await confirmed.Content.ReadAsStringAsync());
        Assert.Equal("Are you sure the data has been destroyed?", sure.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("You cannot undo this", sure.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Releases.Long(destroyedOn), sure.QuerySelector("#destruction-answers")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Expired", Releases.Status(await ApiClient.GetAsync(_researcher, id)));
        Assert.DoesNotContain(app.Outbox(id), m => m.Signal == ProcessSignals.DestructionConfirmed);
        confirmed = await HtmlForms.SubmitAsync(_researcher, sure, $"/applications/{id}/destruction", "#confirm-form", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        view = await ApiClient.GetAsync(_researcher, id);
        Assert.Equal("Closed", Releases.Status(view));
        var destruction = view.GetProperty("release").GetProperty("destruction");
        Assert.Equal(Releases.Iso(destroyedOn), destruction.GetProperty("destroyedOn").GetString());
        Assert.Contains("has been securely destroyed", destruction.GetProperty("declaration").GetString(), StringComparison.Ordinal);
        Assert.Contains(app.Outbox(id), m => m.Signal == ProcessSignals.DestructionConfirmed && m.Round == 1);
        Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(ProcessActivityNames.CloseRelease, id, 1));

        var record = await HtmlForms.GetPageAsync(_compliance, $"/compliance/records/{reference}");
        Assert.Contains("Project space deleted", record.QuerySelector("#destruction")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Data destruction confirmed", record.QuerySelector("#timeline")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await HtmlForms.GetPageAsync(_compliance, "/compliance/releases")).QuerySelector($"#release-{reference}"));
        Assert.Equal(HttpStatusCode.Redirect, (await _researcher.GetAsync($"/applications/{id}/destruction")).StatusCode);
        // Closed: the data is gone, so the public register no longer lists the release as running.
        var anonymous = app.App.CreateClient();
        Assert.Null((await HtmlForms.GetPageAsync(anonymous, "/register")).QuerySelector($"#release-{reference}"));
        Assert.DoesNotContain(reference, await anonymous.GetStringAsync("/register.csv"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_overdue_confirmation_is_flagged_once_and_listed_for_compliance()
    {
        var (id, reference, _) = await Releases.ApprovedAsync(app, "Overdue Institute");
        app.Clock.Advance(TimeSpan.FromDays(366));
        Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(ProcessActivityNames.ExpireRelease, id, 1));
        Assert.Contains(
            "Not due",
            (
                await Assert.ThrowsAsync<InvalidOperationException>(() => app.RunAsync(ProcessActivityNames.FlagDestructionOverdue, id, 1))
            ).Message
        );

        app.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(ProcessActivityNames.FlagDestructionOverdue, id, 1));
        Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(ProcessActivityNames.FlagDestructionOverdue, id, 1));
        Assert.Single(Releases.EventTypes(await ApiClient.GetAsync(_researcher, id)), t => t == "destruction_overdue_flagged");

        var overdue = await HtmlForms.GetPageAsync(_compliance, "/compliance/releases?overdue=true");
        Assert.Contains("Overdue — flagged", overdue.QuerySelector($"#release-{reference}")!.TextContent, StringComparison.Ordinal);
        var details = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}");
        Assert.Contains("reported to compliance", details.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Destruction_over_json_names_the_field_and_only_the_owner_of_an_expired_release_may_confirm()
    {
        var (id, _, _) = await Releases.ApprovedAsync(app, "Json Polytechnic");
        var body = ApiClient.Json("""{"method":"Shredded","destroyedOn":"2020-01-01","declaration":true}""");
        Assert.Equal(HttpStatusCode.Conflict, (await _researcher.PostAsync($"/api/applications/{id}/destruction", body)).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(366));
        await app.RunAsync(ProcessActivityNames.ExpireRelease, id, 1);

        var other = app.App.ClientFor(Personas.Researcher2);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await other.PostAsync(
                    $"/api/applications/{id}/destruction",
                    ApiClient.Json("""{"method":"Shredded","destroyedOn":"2020-01-01","declaration":true}""")
                )
            ).StatusCode
        );
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/applications/{id}/destruction")).StatusCode);
        foreach (
            var (json, field) in new[]
            {
                ("""{"method":"Shredded","destroyedOn":"31/03/2029","declaration":true}""", "destroyedOn"),
                ("""{"method":" ","destroyedOn":null,"declaration":true}""", "method"),
                ("""{"method":"Shredded","destroyedOn":null,"declaration":true}""", "destroyedOn"),
                ("""{"method":"Shredded","destroyedOn":"2099-01-01","declaration":true}""", "destroyedOn"),
                ($$"""{"method":"Shredded","destroyedOn":"{{Releases.Iso(app.Clock.Today)}}","declaration":false}""", "declaration"),
            }
        )
        {
            var response = await _researcher.PostAsync($"/api/applications/{id}/destruction", ApiClient.Json(json));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal("Expired", Releases.Status(await ApiClient.GetAsync(_researcher, id)));
    }
}

public sealed class ReleaseEndOnSqlite(SqliteLifecycleApp app) : ReleaseEndTests(app), IClassFixture<SqliteLifecycleApp>;

public sealed class ReleaseEndOnPostgres(PostgresLifecycleApp app) : ReleaseEndTests(app), IClassFixture<PostgresLifecycleApp>;
