using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Infrastructure;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Process;

/// <summary>
/// Delivers outbox messages to the workflow engine after the transaction that wrote them has committed.
/// Runs at once when nudged, and every second otherwise, so a message written just before a crash is
/// delivered after restart. Start and signal are idempotent in the engine, so a message delivered twice
/// (crash between delivery and marking it done) does no harm.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, TimeProvider clock, AppServing serving, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    private const int MaxAttempts = 20;
    private readonly SemaphoreSlim _nudge = new(0, int.MaxValue);

    public void Nudge() => _nudge.Release();

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
                logger.LogWarning(ex, "Outbox dispatch failed; will retry.");
            }
            try
            {
                await _nudge.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task<int> DispatchPendingAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var pending = await db
            .Outbox.Where(m => m.DispatchedAt == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.Id)
            .Take(50)
            .ToListAsync(ct);
        await DeliverAsync(db, scope.ServiceProvider.GetRequiredService<IReleaseProcess>(), pending, ct);
        return pending.Count;
    }

    /// <summary>
    /// Delivers the messages a command has just committed, in the request that wrote them: the process is started or
    /// signalled, and runs its pass, before the person is answered. Whatever is not delivered here (the engine failed,
    /// or the request was cut off) the background loop delivers, as it does a message written just before a crash. A
    /// message both deliver is delivered twice, which start and signal take as once.
    /// </summary>
    public async Task DeliverNowAsync(IReadOnlyCollection<OutboxMessage> committed)
    {
        if (committed.Count == 0)
            return;
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // Copies of the rows just committed, attached as they stand rather than read back: their marks are the
            // only change saved. One the background loop delivered meanwhile is delivered again, which counts once.
            var pending = committed
                .OrderBy(m => m.Id)
                .Select(m => new OutboxMessage
                {
                    Id = m.Id,
                    Kind = m.Kind,
                    ApplicationId = m.ApplicationId,
                    Round = m.Round,
                    Signal = m.Signal,
                    Payload = m.Payload,
                    CreatedAt = m.CreatedAt,
                    Attempts = m.Attempts,
                })
                .ToList();
            db.Outbox.AttachRange(pending);
            var process = scope.ServiceProvider.GetRequiredService<IReleaseProcess>();
            await DeliverAsync(db, process, pending, CancellationToken.None);
            if (pending.Any(m => m.DispatchedAt is null))
                Nudge();
            var delivered = pending.Where(m => m.DispatchedAt is not null && m.LastError is null);
            foreach (var subject in delivered.Select(m => m.ApplicationId).Distinct())
                await process.RunNowAsync(subject);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Outbox messages were not delivered with their command; the background dispatcher will.");
            Nudge();
        }
    }

    private async Task DeliverAsync(AppDbContext db, IReleaseProcess process, List<OutboxMessage> pending, CancellationToken ct)
    {
        foreach (var message in pending)
        {
            try
            {
                if (message.Kind == OutboxKinds.StartProcess)
                    await process.StartAsync(message.ApplicationId, ct);
                else if (message.Kind == OutboxKinds.StartShareReview)
                    await process.StartAsync(ProcessDefinitions.ShareReview, message.ApplicationId, message.Round, ct);
                else
                    await process.SignalAsync(message.Signal!, message.ApplicationId, message.Round, message.Payload ?? "", ct);
                message.DispatchedAt = clock.GetUtcNow().UtcDateTime;
            }
            catch (ArgumentException ex)
            {
                // The instance's definition version does not declare this signal (a v1 instance told of a withdrawal or an
                // extension): it can never be delivered, so retrying is pointless. The domain events hold the record.
                message.DispatchedAt = clock.GetUtcNow().UtcDateTime;
                message.LastError = "Not delivered: " + (ex.Message.Length > 980 ? ex.Message[..980] : ex.Message);
                logger.LogInformation("Outbox message {Id} not delivered: {Reason}", message.Id, ex.Message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                logger.LogWarning(ex, "Outbox message {Id} failed (attempt {Attempts}).", message.Id, message.Attempts);
            }
            await db.SaveChangesAsync(ct);
        }
    }

    public override void Dispose()
    {
        _nudge.Dispose();
        base.Dispose();
    }
}
