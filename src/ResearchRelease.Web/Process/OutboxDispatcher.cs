using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Data;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Process;

/// <summary>
/// Delivers outbox messages to the workflow engine after the transaction that wrote them has committed.
/// Runs at once when nudged, and every second otherwise, so a message written just before a crash is
/// delivered after restart. Start and signal are idempotent in the engine, so a message delivered twice
/// (crash between delivery and marking it done) does no harm.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int MaxAttempts = 20;
    private readonly SemaphoreSlim _nudge = new(0, int.MaxValue);

    public void Nudge() => _nudge.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
        var process = scope.ServiceProvider.GetRequiredService<IReleaseProcess>();
        var pending = await db.Outbox.Where(m => m.DispatchedAt == null && m.Attempts < MaxAttempts).OrderBy(m => m.Id).Take(50).ToListAsync(ct);
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
        return pending.Count;
    }

    public override void Dispose()
    {
        _nudge.Dispose();
        base.Dispose();
    }
}
