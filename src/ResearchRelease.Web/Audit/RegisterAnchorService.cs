using Microsoft.Extensions.Options;

namespace ResearchRelease.Web.Audit;

/// <summary>
/// Anchors the register head without anyone having to remember to: shortly after start-up, then every
/// <see cref="AuditOptions.AnchorIntervalMinutes"/>. A failure (the database away, a broken record) is logged and tried
/// again at the next interval; it never stops the app.
/// </summary>
public sealed class RegisterAnchorService(
    IServiceScopeFactory scopes,
    IOptions<AuditOptions> options,
    RegisterAnchorFile file,
    TimeProvider clock,
    ILogger<RegisterAnchorService> log
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(options.Value.AnchorIntervalMinutes);
        if (!file.Enabled || interval <= TimeSpan.Zero)
            return;
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, options.Value.FirstAnchorDelaySeconds)), clock, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<RegisterAnchoring>().AnchorAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogWarning(ex, "The register head could not be anchored this time; trying again in {Interval}.", interval);
                }
                await Task.Delay(interval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
