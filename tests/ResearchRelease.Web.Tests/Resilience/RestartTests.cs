using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Letters;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Resilience;

/// <summary>
/// The host stops mid-workflow and a new one starts on the same database: the application completes exactly
/// once — one decision, one letter — and its event chain still links up.
/// </summary>
[LongRunning(16)]
public abstract class RestartTests(string provider)
{
    [SkippableFact]
    public async Task Stopped_after_submission_before_the_decision_completes_once_on_restart()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var db = TestDatabase.Create(provider);
        Guid id;
        await using (var first = new AppFactory(db))
        {
            var researcher = first.ClientFor(Personas.Researcher);
            (id, _) = await ApiClient.SubmitAndWaitAsync(researcher, "pub-01");
        }

        await using var second = new AppFactory(db);
        var chief = second.ClientFor(Personas.ChiefStatistician);
        var decided = await ApiClient.DecideAsync(chief, id, new { outcome = "approve", endDate = "2029-03-31" });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        var view = await ApiClient.WaitForLetterAsync(second.ClientFor(Personas.Researcher), id);
        AssertCompletedOnce(view);
    }

    [SkippableFact]
    public async Task Stopped_after_the_decision_before_the_letter_issues_exactly_one_letter_on_restart()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var db = TestDatabase.Create(provider);
        var letterAttempted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Guid id;
        await using (var first = new AppFactory(db, s => s.AddSingleton<ILetterRenderer>(new CrashingRenderer(letterAttempted))))
        {
            var researcher = first.ClientFor(Personas.Researcher);
            (id, _) = await ApiClient.SubmitAndWaitAsync(researcher, "pub-01");
            var decided = await ApiClient.DecideAsync(
                first.ClientFor(Personas.ChiefStatistician),
                id,
                new { outcome = "approve", endDate = "2029-03-31" }
            );
            Assert.True(decided.IsSuccessStatusCode);
            await letterAttempted.Task.WaitAsync(TimeSpan.FromSeconds(60));
            var before = await ApiClient.GetAsync(researcher, id);
            Assert.Equal("Approved", before.GetProperty("status").GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("letter").ValueKind);
        }

        await using var second = new AppFactory(db);
        var view = await ApiClient.WaitForLetterAsync(second.ClientFor(Personas.Researcher), id, seconds: 90);
        AssertCompletedOnce(view);
        var pdf = await second.ClientFor(Personas.Researcher).GetByteArrayAsync($"/api/applications/{id}/letter.pdf");
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
    }

    private static void AssertCompletedOnce(System.Text.Json.JsonElement view)
    {
        Assert.Equal("Approved", view.GetProperty("status").GetString());
        var timeline = view.GetProperty("timeline").EnumerateArray().ToList();
        var types = timeline.Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Single(types, t => t == "submitted");
        Assert.Single(types, t => t == "screened");
        Assert.Single(types, t => t == "decided");
        Assert.Single(types, t => t == "letter_issued");
        for (var i = 1; i < timeline.Count; i++)
            Assert.Equal(timeline[i - 1].GetProperty("hash").GetString(), timeline[i].GetProperty("previousHash").GetString());
    }

    /// <summary>Stands in for a process dying inside the letter step: the step fails and nothing is written.</summary>
    private sealed class CrashingRenderer(TaskCompletionSource attempted) : ILetterRenderer
    {
        public byte[] Render(LetterContent letter)
        {
            attempted.TrySetResult();
            throw new IOException("Simulated crash while rendering the letter.");
        }
    }
}

public sealed class RestartOnSqlite() : RestartTests("Sqlite");

public sealed class RestartOnPostgres() : RestartTests("Postgres");
