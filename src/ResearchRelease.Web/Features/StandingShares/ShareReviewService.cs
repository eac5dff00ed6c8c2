using Microsoft.Extensions.Options;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>Runs <see cref="ShareReviewSweep"/> on start and then every <see cref="StandingShareOptions.SweepMinutes"/>.</summary>
public sealed partial class ShareReviewService(IServiceScopeFactory scopes, IOptions<StandingShareOptions> options, ILogger<ShareReviewService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.SweepMinutes));
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var recorded = await scope.ServiceProvider.GetRequiredService<ShareReviewSweep>().RunAsync(stoppingToken);
                if (recorded > 0) LogRecorded(recorded);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed sweep is tried again at the next tick; nothing it missed is lost, because due dates do not move.
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(LogLevel.Information, "Standing share review sweep recorded {Count} reminders or overdue flags.")]
    private partial void LogRecorded(int count);

    [LoggerMessage(LogLevel.Warning, "Standing share review sweep failed; it runs again at the next interval.")]
    private partial void LogFailed(Exception ex);
}
