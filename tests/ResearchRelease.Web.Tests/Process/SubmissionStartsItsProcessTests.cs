using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Resilience.Crash;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Tests.Process;

/// <summary>
/// A first submission starts its process, and runs its first pass, in its own transaction: the submitted event, what the
/// pass records (screening, routing) and the process instance are written together or not at all, with no outbox message
/// to carry the start across a commit. On both databases, as the
/// engine's context joins the app's connection and transaction differently on each.
/// </summary>
public abstract class SubmissionStartsItsProcessTests(SharedApp shared)
{
    [Fact]
    public async Task The_submission_and_its_process_commit_together_and_the_request_carries_it_to_the_queue()
    {
        var researcher = shared.App.ClientFor(Personas.Researcher);
        var (id, _) = await ApiClient.CreateAsync(researcher, ExampleCases.ApplicationJson("pub-01"));
        await ApiClient.SubmitAsync(researcher, id);

        // Not polled: the submit request ran the process's first pass before it answered.
        Assert.Equal("AwaitingDecision", (await ApiClient.GetAsync(researcher, id)).GetProperty("status").GetString());
        var stored = await StoredRows.ReadAsync(shared.App.Database);
        Assert.Single(stored.Workflows, w => w.Reference == id.ToString("D"));
        Assert.DoesNotContain(stored.Outbox, m => m.Application == id);
    }

    [Fact]
    public async Task A_submission_whose_process_cannot_be_started_is_not_recorded()
    {
        // A node that runs no steps, so that the instance made below only stands in the way of the submission's own.
        using var database = TestDatabase.Create(shared.App.Database.Provider);
        await using var app = new AppFactory(database, settings: new Dictionary<string, string> { ["Workflow:RunSteps"] = "false" });
        var researcher = app.ClientFor(Personas.Researcher);
        var (id, _) = await ApiClient.CreateAsync(researcher, ExampleCases.ApplicationJson("pub-01"));
        await app.Services.GetRequiredService<IReleaseProcess>().StartAsync(id, CancellationToken.None);
        var before = await StoredRows.ReadAsync(database);

        using var refused = await researcher.PostAsync($"/api/applications/{id}/submit", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var after = await StoredRows.ReadAsync(database);
        Assert.Equal(before.Events, after.Events);
        Assert.Equal("Draft", Assert.Single(after.Applications, a => a.Id == id).Status);
        Assert.Single(after.Workflows, w => w.Reference == id.ToString("D"));
        Assert.Empty(after.Outbox);
    }

    [Fact]
    public async Task A_first_pass_whose_instance_cannot_be_written_leaves_no_screening_or_routing_behind()
    {
        // The instance in the way is made and suspended by a node that runs no steps, before the node that runs them starts,
        // so that no runner takes it; the submission's own pass then screens and routes, and its instance cannot be written.
        using var database = TestDatabase.Create(shared.App.Database.Provider);
        Guid id;
        await using (var stepless = new AppFactory(database, settings: new Dictionary<string, string> { ["Workflow:RunSteps"] = "false" }))
        {
            (id, _) = await ApiClient.CreateAsync(stepless.ClientFor(Personas.Researcher), ExampleCases.ApplicationJson("pub-01"));
            var process = stepless.Services.GetRequiredService<IReleaseProcess>();
            await process.StartAsync(id, CancellationToken.None);
            await process.SuspendAsync(id, "operator", "in the way", CancellationToken.None);
        }

        await using var app = new AppFactory(database);
        var before = await StoredRows.ReadAsync(database);
        using var refused = await app.ClientFor(Personas.Researcher).PostAsync($"/api/applications/{id}/submit", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var after = await StoredRows.ReadAsync(database);
        Assert.Equal(before.Events, after.Events);
        Assert.Equal("Draft", Assert.Single(after.Applications, a => a.Id == id).Status);
        Assert.Equal("Suspended", Assert.Single(after.Workflows, w => w.Reference == id.ToString("D")).Status);
    }
}

public sealed class SqliteSubmissionStartsItsProcessTests(SqliteSharedApp shared)
    : SubmissionStartsItsProcessTests(shared),
        IClassFixture<SqliteSharedApp>;

public sealed class PostgresSubmissionStartsItsProcessTests(PostgresSharedApp shared)
    : SubmissionStartsItsProcessTests(shared),
        IClassFixture<PostgresSharedApp>;
