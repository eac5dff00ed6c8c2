using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Notifications;

/// <summary>
/// Sends queued notifications after the transaction that queued them has committed: at once when rung, and every
/// few seconds otherwise, so what was queued before a crash goes out after restart. Two delivery paths (ADR 0010):
/// a sender that shares our transaction is delivered and marked in one commit (exactly once); an HTTP sender is
/// claimed first, and every attempt after the first asks the provider by reference before sending again.
/// Failures back off (doubling) and stop after <see cref="NotificationOptions.MaxAttempts"/>, keeping the error.
/// </summary>
public sealed class NotificationDispatcher(
    IServiceScopeFactory scopes,
    NotificationDoorbell doorbell,
    TimeProvider clock,
    IOptions<NotificationOptions> options,
    AppServing serving,
    ILogger<NotificationDispatcher> logger
) : BackgroundService
{
    private const int Batch = 50;
    private NotificationOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await serving.WaitAsync(stoppingToken))
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the next round tries again.
                logger.LogWarning(ex, "Notification dispatch failed; will retry.");
            }
            try
            {
                if (await doorbell.WaitAsync(TimeSpan.FromSeconds(Options.PollSeconds), stoppingToken) && Options.GatherSeconds > 0)
                    await Task.Delay(TimeSpan.FromSeconds(Options.GatherSeconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over what is due. Safe to run concurrently with itself, here or on another node.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<INotificationSender>();
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now.AddSeconds(-Options.ClaimTimeoutSeconds);
        var dueNow = db
            .Notifications.AsNoTracking()
            .Where(n =>
                (n.Status == NotificationStatus.Pending && n.NextAttemptAt <= now)
                || (n.Status == NotificationStatus.Sending && n.ClaimedAt < stale)
            )
            .OrderBy(n => n.Id)
            .Take(Batch);
        var sent = 0;
        if (sender.SharesTransaction)
        {
            // Read once: the row's delivery and its mark commit together, and the sent row's unique notification id
            // refuses the commit of a second dispatcher that read the same row, so nothing is read again to be sure.
            var due = await dueNow.Where(n => n.Status == NotificationStatus.Pending).ToListAsync(ct);
            return await DeliverTogetherAsync(db, sender, due, ct);
        }

        foreach (var id in await dueNow.Select(n => n.Id).ToListAsync(ct))
        {
            db.ChangeTracker.Clear();
            if (await DeliverOverHttpAsync(db, sender, id, stale, ct))
                sent++;
        }
        return sent;
    }

    /// <summary>
    /// Delivers a pass's rows and marks them in one commit, as a burst of submissions leaves them. A send that fails is
    /// recorded on its own first, and the rows before it are staged again (staging sends nothing). If the commit is
    /// refused (another dispatcher delivered one of them first) each is delivered alone, with its own outcome. Copies are
    /// attached, so the rows as read stay as read for that.
    /// </summary>
    private async Task<int> DeliverTogetherAsync(
        AppDbContext db,
        INotificationSender sender,
        List<QueuedNotification> due,
        CancellationToken ct
    )
    {
        var staged = new List<QueuedNotification>();
        db.ChangeTracker.Clear();
        foreach (var read in due)
        {
            var n = read.Copy();
            db.Notifications.Attach(n);
            try
            {
                n.ProviderId = await sender.SendAsync(n, db, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                db.ChangeTracker.Clear();
                await RecordSendFailureAsync(db, n.Id, ex, ct);
                var again = staged.ToList();
                staged.Clear();
                foreach (var earlier in again)
                {
                    var copy = earlier.Copy();
                    db.Notifications.Attach(copy);
                    copy.ProviderId = await sender.SendAsync(copy, db, ct);
                    Delivered(copy);
                    staged.Add(earlier);
                }
                continue;
            }
            Delivered(n);
            staged.Add(read);
        }

        try
        {
            if (staged.Count > 0)
                await db.SaveChangesAsync(ct);
            return staged.Count;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            var sent = 0;
            foreach (var n in staged)
            {
                db.ChangeTracker.Clear();
                db.Notifications.Attach(n);
                if (await DeliverInTransactionAsync(db, sender, n, ct))
                    sent++;
            }
            return sent;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private void Delivered(QueuedNotification n)
    {
        n.Attempts++;
        MarkSent(n);
    }

    private async Task<bool> DeliverInTransactionAsync(
        AppDbContext db,
        INotificationSender sender,
        QueuedNotification n,
        CancellationToken ct
    )
    {
        var id = n.Id;
        try
        {
            n.ProviderId = await sender.SendAsync(n, db, ct);
            Delivered(n);
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return false; // another dispatcher delivered it first: its commit stands, ours is void
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await RecordSendFailureAsync(db, id, ex, ct);
            return false;
        }
    }

    /// <summary>Counts a refused send against the row as it now stands, unless another dispatcher has delivered it since.</summary>
    private async Task RecordSendFailureAsync(AppDbContext db, long id, Exception ex, CancellationToken ct)
    {
        var fresh = await db.Notifications.SingleAsync(x => x.Id == id, ct);
        if (fresh.Status == NotificationStatus.Pending)
        {
            fresh.Attempts++;
            RecordFailure(fresh, ex);
            await db.SaveChangesAsync(ct);
        }
        db.ChangeTracker.Clear();
    }

    private async Task<bool> DeliverOverHttpAsync(
        AppDbContext db,
        INotificationSender sender,
        long id,
        DateTime stale,
        CancellationToken ct
    )
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The claim is committed before the request, and only one dispatcher can win it (the UPDATE names the state it saw).
        var claimed = await db
            .Notifications.Where(x =>
                x.Id == id
                && (
                    (x.Status == NotificationStatus.Pending && x.NextAttemptAt <= now)
                    || (x.Status == NotificationStatus.Sending && x.ClaimedAt < stale)
                )
            )
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(x => x.Status, NotificationStatus.Sending)
                        .SetProperty(x => x.ClaimedAt, now)
                        .SetProperty(x => x.Attempts, x => x.Attempts + 1),
                ct
            );
        if (claimed == 0)
            return false;
        var n = await db.Notifications.SingleAsync(x => x.Id == id, ct);
        try
        {
            // Any earlier attempt may have reached the provider and lost its answer: look before sending again.
            var providerId = n.Attempts > 1 ? await sender.FindSentAsync(n, db, ct) : null;
            n.ProviderId = providerId ?? await sender.SendAsync(n, db, ct);
            MarkSent(n);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            RecordFailure(n, ex);
        }
        await db.SaveChangesAsync(CancellationToken.None);
        return n.Status == NotificationStatus.Sent;
    }

    private void MarkSent(QueuedNotification n)
    {
        n.Status = NotificationStatus.Sent;
        n.SentAt = clock.GetUtcNow().UtcDateTime;
        n.LastError = null;
    }

    private void RecordFailure(QueuedNotification n, Exception ex)
    {
        var message = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
        n.LastError = message;
        n.ClaimedAt = null;
        if (n.Attempts >= Options.MaxAttempts)
        {
            n.Status = NotificationStatus.Failed;
            logger.LogError(ex, "Notification {Key} failed {Attempts} times; it is marked failed.", n.IdempotencyKey, n.Attempts);
            return;
        }
        n.Status = NotificationStatus.Pending;
        var wait = Math.Min(Options.RetrySeconds * Math.Pow(2, n.Attempts - 1), 3600);
        n.NextAttemptAt = clock.GetUtcNow().UtcDateTime.AddSeconds(wait);
        logger.LogWarning(
            ex,
            "Notification {Key} failed (attempt {Attempts}); next try in {Seconds:F0} s.",
            n.IdempotencyKey,
            n.Attempts,
            wait
        );
    }
}
