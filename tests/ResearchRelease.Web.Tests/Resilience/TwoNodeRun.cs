using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Tests.Resilience;

/// <summary>
/// What the multi-node tests do to applications and check afterwards: one plan per application (decided at once,
/// returned by screening and mended, or returned by the Chief Statistician), driven through the JSON API of
/// whichever node is asked, and the record checked for exactly-once effects.
/// </summary>
internal static class TwoNodeRun
{
    public enum Plan
    {
        Approve,
        Refuse,
        ReturnedByScreening,
        ReturnedByChief,
    }

    public static Plan PlanFor(int i) =>
        (i % 5) switch
        {
            0 => Plan.ReturnedByScreening,
            1 => Plan.ReturnedByChief,
            2 => Plan.Refuse,
            _ => Plan.Approve,
        };

    /// <summary>Creates and submits: an incomplete example (pub-06) for those screening returns, pub-01 otherwise.</summary>
    public static async Task<Guid> SubmitAsync(AppFactory node, Plan plan)
    {
        var researcher = node.ClientFor(Personas.Researcher);
        var (id, _) = await ApiClient.CreateAsync(
            researcher,
            ExampleCases.ApplicationJson(plan == Plan.ReturnedByScreening ? "pub-06" : "pub-01")
        );
        await ApiClient.SubmitAsync(researcher, id);
        return id;
    }

    /// <summary>Takes a submitted application to its letter through <paramref name="node"/>.</summary>
    public static async Task FinishAsync(AppFactory node, Guid id, Plan plan)
    {
        var researcher = node.ClientFor(Personas.Researcher);
        var chief = node.ClientFor(Personas.ChiefStatistician);
        if (plan == Plan.ReturnedByScreening)
        {
            await ApiClient.WaitForStatusAsync(researcher, id, "ReturnedToResearcher", Seconds);
            var mended = await researcher.PutAsync($"/api/applications/{id}", ApiClient.Json(ExampleCases.ApplicationJson("pub-01")));
            Assert.Equal(HttpStatusCode.OK, mended.StatusCode);
            await ApiClient.SubmitAsync(researcher, id);
        }

        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision", Seconds);
        if (plan == Plan.ReturnedByChief)
        {
            await DecideAsync(chief, id, new { outcome = "return", reasons = "Explain how outputs are checked." });
            await ApiClient.WaitForStatusAsync(researcher, id, "ReturnedForChanges", Seconds);
            await ApiClient.SubmitAsync(researcher, id);
            await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision", Seconds);
        }

        await DecideAsync(
            chief,
            id,
            plan == Plan.Refuse
                ? new { outcome = "refuse", reasons = "Published tables answer these questions." }
                : new
                {
                    outcome = "approve",
                    endDate = "2029-03-31",
                    reasons = "Sound design.",
                }
        );
        await ApiClient.WaitForLetterAsync(researcher, id, Seconds);
    }

    /// <summary>One screening per round, one decision per decided round, one letter, a linked chain, a finished instance.</summary>
    public static async Task AssertCompletedOnceAsync(AppFactory node, Guid id, Plan plan)
    {
        var view = await ApiClient.GetAsync(node.ClientFor(Personas.Researcher), id);
        var rounds = plan is Plan.ReturnedByScreening or Plan.ReturnedByChief ? 2 : 1;
        Assert.Equal(rounds, view.GetProperty("round").GetInt32());
        Assert.Equal(plan == Plan.Refuse ? "Refused" : "Approved", view.GetProperty("status").GetString());
        var timeline = view.GetProperty("timeline").EnumerateArray().ToList();
        var types = timeline.Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal(rounds, types.Count(t => t == "submitted"));
        Assert.Equal(rounds, types.Count(t => t == "screened"));
        Assert.Equal(plan == Plan.ReturnedByChief ? 2 : 1, types.Count(t => t == "decided"));
        Assert.Single(types, t => t == "letter_issued");
        for (var i = 1; i < timeline.Count; i++)
            Assert.Equal(timeline[i - 1].GetProperty("hash").GetString(), timeline[i].GetProperty("previousHash").GetString());

        using var scope = node.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.Letters.CountAsync(l => l.ApplicationId == id));
        // The letter is written inside the letter activity; a step later a refusal completes and an approval's release
        // begins its wait for the end date (version 2).
        var process = scope.ServiceProvider.GetRequiredService<IReleaseProcess>();
        static bool Settled(ProcessInstanceView? view) =>
            view is not null
            && (view.Status == ProcessStatus.Complete || (view.Status == ProcessStatus.Waiting && view.CurrentNode == "await-release-end"));
        await Poll.UntilAsync(
            () => process.FindAsync(id, CancellationToken.None),
            Settled,
            instance => $"not settled: {instance}",
            TimeSpan.FromSeconds(Seconds)
        );
    }

    /// <summary>No outbox message left undelivered, and the audit check over the whole record is intact.</summary>
    public static async Task AssertRecordIntactAsync(AppFactory node)
    {
        using (var scope = node.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(0, await db.Outbox.CountAsync(m => m.DispatchedAt == null));
        }

        var audit = await node.ClientFor(Personas.Compliance).GetFromJsonAsync("/api/audit/verify");
        Assert.Equal("intact", audit.GetProperty("status").GetString());
    }

    private static async Task<JsonElement> GetFromJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task DecideAsync(HttpClient chief, Guid id, object decision)
    {
        var response = await ApiClient.DecideAsync(chief, id, decision);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Two nodes share 2 cores with each other and the tests: a safety net against a hang, not a timing assertion.</summary>
    private const int Seconds = 300;
}
