using System.Net;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Api;

/// <summary>The same journeys over the JSON API, with the shared example applications as they are.</summary>
[LongRunning(20)]
public abstract class ApiJourneyTests(string provider)
{
    private AppFactory Start(TestDatabase db) => new(db);

    [SkippableFact]
    public async Task Every_example_is_routed_by_its_screening_outcome()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var db = TestDatabase.Create(provider);
        await using var app = Start(db);
        var researcher = app.ClientFor(Personas.Researcher);
        foreach (var caseId in ExampleCases.Ids)
        {
            var (id, _) = await ApiClient.CreateAsync(researcher, ExampleCases.ApplicationJson(caseId));
            await ApiClient.SubmitAsync(researcher, id);
            var view = await ApiClient.WaitForAsync(researcher, id, v => v.GetProperty("status").GetString() != "Submitted", "screened");
            var overall = view.GetProperty("screening").GetProperty("overall").GetString();
            var expectedStatus = overall is "eligible" or "needs_judgement" ? "AwaitingDecision" : "ReturnedToResearcher";
            Assert.Equal(expectedStatus, view.GetProperty("status").GetString());
            if (expectedStatus == "ReturnedToResearcher")
                Assert.NotEmpty(view.GetProperty("returnReasons").EnumerateArray());
        }
    }

    [SkippableFact]
    public async Task Returned_application_is_mended_and_screened_again_in_a_new_round()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var db = TestDatabase.Create(provider);
        await using var app = Start(db);
        var researcher = app.ClientFor(Personas.Researcher);
        var (id, _) = await ApiClient.CreateAsync(researcher, ExampleCases.ApplicationJson("pub-06"));
        await ApiClient.SubmitAsync(researcher, id);
        await ApiClient.WaitForStatusAsync(researcher, id, "ReturnedToResearcher");

        var mended = await researcher.PutAsync($"/api/applications/{id}", ApiClient.Json(ExampleCases.ApplicationJson("pub-01")));
        Assert.Equal(HttpStatusCode.OK, mended.StatusCode);
        await ApiClient.SubmitAsync(researcher, id);
        var view = await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        Assert.Equal(2, view.GetProperty("round").GetInt32());
    }

    [SkippableFact]
    public async Task Refusal_issues_a_refusal_letter_and_return_for_changes_goes_round_again()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var db = TestDatabase.Create(provider);
        await using var app = Start(db);
        var researcher = app.ClientFor(Personas.Researcher);
        var chief = app.ClientFor(Personas.ChiefStatistician);

        var (returned, _) = await ApiClient.SubmitAndWaitAsync(researcher, "pub-01");
        var (refused, _) = await ApiClient.SubmitAndWaitAsync(researcher, "pub-01");

        var r = await ApiClient.DecideAsync(
            chief,
            returned,
            new { outcome = "return", reasons = "Explain how the trusted research environment checks outputs." }
        );
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var view = await ApiClient.WaitForStatusAsync(researcher, returned, "ReturnedForChanges");
        Assert.Contains("trusted research environment", view.GetProperty("returnReasons")[0].GetString(), StringComparison.Ordinal);
        await ApiClient.SubmitAsync(researcher, returned);
        view = await ApiClient.WaitForStatusAsync(researcher, returned, "AwaitingDecision");
        Assert.Equal(2, view.GetProperty("round").GetInt32());

        var f = await ApiClient.DecideAsync(
            chief,
            refused,
            new { outcome = "refuse", reasons = "Published tables answer these questions." }
        );
        Assert.Equal(HttpStatusCode.OK, f.StatusCode);
        view = await ApiClient.WaitForLetterAsync(researcher, refused);
        Assert.Equal("Refused", view.GetProperty("status").GetString());
        Assert.Equal("refusal", view.GetProperty("letter").GetProperty("kind").GetString());
        var pdf = await researcher.GetByteArrayAsync($"/api/applications/{refused}/letter.pdf");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Contains(
            "Published tables answer these questions.",
            string.Join(" ", document.GetPages().Select(p => p.Text)),
            StringComparison.Ordinal
        );
    }

    [SkippableFact]
    public async Task A_withdrawn_application_leaves_the_queue_and_cannot_be_decided()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var db = TestDatabase.Create(provider);
        await using var app = Start(db);
        var researcher = app.ClientFor(Personas.Researcher);
        var chief = app.ClientFor(Personas.ChiefStatistician);
        var (id, _) = await ApiClient.SubmitAndWaitAsync(researcher, "pub-01");

        var withdrawn = await researcher.PostAsync($"/api/applications/{id}/withdraw", null);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.DoesNotContain(id.ToString(), await chief.GetStringAsync("/api/queue"), StringComparison.Ordinal);
        var decision = await ApiClient.DecideAsync(chief, id, new { outcome = "approve", endDate = "2029-03-31" });
        Assert.Equal(HttpStatusCode.Conflict, decision.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await researcher.PostAsync($"/api/applications/{id}/withdraw", null)).StatusCode);
        Assert.Equal("Withdrawn", (await ApiClient.GetAsync(researcher, id)).GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task Twenty_simultaneous_decisions_give_one_decision_and_one_letter_and_a_stale_one_is_refused()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var db = TestDatabase.Create(provider);
        await using var app = Start(db);
        var researcher = app.ClientFor(Personas.Researcher);
        var chief = app.ClientFor(Personas.ChiefStatistician);
        var (id, shown) = await ApiClient.SubmitAndWaitAsync(researcher, "pub-01");
        var version = shown.GetProperty("version").GetInt32();

        var stale = await ApiClient.DecideAsync(
            chief,
            id,
            new
            {
                outcome = "approve",
                endDate = "2029-03-31",
                expectedVersion = version - 1,
            }
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var decisions = await Task.WhenAll(
            Enumerable
                .Range(0, 20)
                .Select(_ =>
                    ApiClient.DecideAsync(
                        chief,
                        id,
                        new
                        {
                            outcome = "approve",
                            endDate = "2029-03-31",
                            expectedVersion = version,
                        }
                    )
                )
        );
        Assert.Single(decisions, d => d.StatusCode == HttpStatusCode.OK);
        Assert.All(decisions.Where(d => d.StatusCode != HttpStatusCode.OK), d => Assert.Equal(HttpStatusCode.Conflict, d.StatusCode));

        var view = await ApiClient.WaitForLetterAsync(researcher, id);
        var types = view.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Single(types, t => t == "decided");
        Assert.Single(types, t => t == "letter_issued");
    }
}

public sealed class ApiJourneyOnSqlite() : ApiJourneyTests("Sqlite");

public sealed class ApiJourneyOnPostgres() : ApiJourneyTests("Postgres");
