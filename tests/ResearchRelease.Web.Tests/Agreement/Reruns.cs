using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Process;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Lifecycle;
using ResearchRelease.Workflow;
using ResearchRelease.Workflow.Definitions;
using ResearchRelease.Workflow.Journal;

namespace ResearchRelease.Web.Tests.Agreement;

/// <summary>
/// The engine runs each step at least once: a node that dies after an activity's commit and before its own save runs
/// the step again, possibly after later commands (ADR 0011). So every activity step the engine has taken for an
/// application (its nodes' activities and its timers': reminders, the expiry), run again at any later moment, must
/// answer as it did then (the answer picks the next node) and store nothing: no event, letter, outbox message or email.
/// </summary>
public sealed class Reruns(LifecycleApp app)
{
    /// <summary>Each activity node of the release process, in every published version, and the activity it runs.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> ActivityOfNode = new(() =>
        ProcessDefinitionLoader
            .LoadFolder(Path.Combine(AppContext.BaseDirectory, "workflows"))
            .All.Where(d => d.Id == "research-release")
            .SelectMany(d => d.Nodes)
            .Where(n => n.Value.Activity is not null)
            .GroupBy(n => n.Key, n => n.Value.Activity!)
            .ToDictionary(g => g.Key, g => g.Distinct().Single())
    );

    /// <summary>Every difference found; empty when each step run again answered as before and stored nothing.</summary>
    public async Task<List<string>> DifferencesAsync(Guid id)
    {
        var taken = await SettledJournalAsync(id);
        var before = await CountsAsync(id);
        var found = new List<string>();
        foreach (var step in taken)
        {
            var answer = await app.RunAsync(step.Activity, id, step.Round);
            if (answer != step.Answer)
                found.Add(
                    $"{step.Activity} of round {step.Round} answered \"{answer}\" run again, " + $"\"{step.Answer}\" when the engine ran it"
                );
        }

        var after = await CountsAsync(id);
        if (after != before)
            found.Add($"running the steps again stored something: {before} before, {after} after");
        return found;
    }

    private sealed record Taken(string Activity, int Round, string Answer);

    private sealed record Counts(int Version, int Letters, int Outbox, int Notifications);

    /// <summary>
    /// The activity steps the engine has finished, read once the instance waits or has ended (a step's own records
    /// appear before the engine saves the step). The journal keeps the answer with the node left: "eligible →
    /// route-to-chief-statistician"; an activity with one way on answers "done" and the journal keeps "→ next".
    /// </summary>
    private async Task<List<Taken>> SettledJournalAsync(Guid id)
    {
        using var scope = app.App.Services.CreateScope();
        var process = scope.ServiceProvider.GetRequiredService<IReleaseProcess>();
        await Poll.UntilAsync(
            () => process.FindAsync(id, CancellationToken.None),
            view => view is null || view.Status is ProcessStatus.Waiting or ProcessStatus.Complete,
            view => $"the process of {id} did not settle: {view}"
        );
        var journal = await process.JournalAsync(id, CancellationToken.None);
        var nodes = journal
            .Where(e => e.Kind == JournalKinds.NodeLeft && e.Node is not null && ActivityOfNode.Value.ContainsKey(e.Node))
            .Select(e => new Taken(ActivityOfNode.Value[e.Node!], e.Round, AnswerIn(e.Detail ?? "")));
        // A timer's activity (a reminder, the expiry) has one way on: it answers "done".
        var timers = journal
            .Where(e => e.Kind == JournalKinds.TimerFired)
            .Select(e => (Entry: e, At: (e.Detail ?? "").IndexOf(TimerRuns, StringComparison.Ordinal)))
            .Where(t => t.At >= 0)
            .Select(t => new Taken(t.Entry.Detail![(t.At + TimerRuns.Length)..], t.Entry.Round, ProcessOutcomes.Done));
        return [.. nodes, .. timers];
    }

    /// <summary>How the journal words a timer that runs an activity: "remind after 10 working days: runs remind-…".</summary>
    private const string TimerRuns = ": runs ";

    private static string AnswerIn(string detail)
    {
        var arrow = detail.IndexOf('→', StringComparison.Ordinal);
        var answer = arrow < 0 ? detail : detail[..arrow].Trim();
        return answer.Length == 0 ? ProcessOutcomes.Done : answer;
    }

    private async Task<Counts> CountsAsync(Guid id)
    {
        using var scope = app.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<Applications.ApplicationStore>();
        var state = (await store.LoadAsync(id, CancellationToken.None))!.State;
        return new Counts(
            state.Version,
            db.Letters.Count(l => l.ApplicationId == id),
            db.Outbox.Count(m => m.ApplicationId == id),
            db.Notifications.Count(n => n.ApplicationId == id)
        );
    }
}
