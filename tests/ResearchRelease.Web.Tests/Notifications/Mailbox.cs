using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Notifications;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Notifications;

/// <summary>Reads the local mailbox (sent_notifications) and the queue of a running app, as a test checks them.</summary>
public static class Mailbox
{
    public const string ChiefStatistician = "chief.statistician@education.example";

    /// <summary>The first shared example with an applicant address of its own, so a test finds only its own mail.</summary>
    public static (string Json, string Email) Example(string caseId)
    {
        var email = $"researcher-{Guid.NewGuid():N}@example.ac.uk";
        var node = JsonNode.Parse(ExampleCases.ApplicationJson(caseId))!;
        node["applicant"]!["email"] = email;
        return (node.ToJsonString(), email);
    }

    public static async Task<List<SentNotification>> SentAsync(IServiceProvider services, Guid applicationId)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.SentNotifications.AsNoTracking().Where(s => s.ApplicationId == applicationId).OrderBy(s => s.Id).ToListAsync();
    }

    public static async Task<List<QueuedNotification>> QueuedAsync(IServiceProvider services, Guid applicationId)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Notifications.AsNoTracking().Where(n => n.ApplicationId == applicationId).OrderBy(n => n.Id).ToListAsync();
    }

    /// <summary>Waits until at least <paramref name="count"/> messages were sent for the application.</summary>
    public static Task<List<SentNotification>> WaitForAsync(IServiceProvider services, Guid applicationId, int count, int seconds = 60) =>
        Poll.UntilAsync(
            () => SentAsync(services, applicationId),
            sent => sent.Count >= count,
            sent =>
                $"Only {sent.Count} of {count} emails were sent for {applicationId}: {string.Join(", ", sent.Select(s => s.Template))}.",
            TimeSpan.FromSeconds(seconds)
        );

    /// <summary>
    /// Runs the dispatcher again, twice at once (as after a crash, or on a second node), and checks nothing more went
    /// out and nothing is left owed: each message was sent exactly once.
    /// </summary>
    public static async Task AssertSentOnceAsync(IServiceProvider services, Guid applicationId, IReadOnlyList<SentNotification> expected)
    {
        var dispatcher = services.GetRequiredService<NotificationDispatcher>();
        await Task.WhenAll(
            dispatcher.DispatchPendingAsync(CancellationToken.None),
            dispatcher.DispatchPendingAsync(CancellationToken.None)
        );
        var again = await SentAsync(services, applicationId);
        Assert.Equal(expected.Select(s => s.IdempotencyKey), again.Select(s => s.IdempotencyKey));
        var queued = await QueuedAsync(services, applicationId);
        Assert.All(queued, q => Assert.Equal(NotificationStatus.Sent, q.Status));
        Assert.Equal(queued.Count, again.Count);
    }
}
