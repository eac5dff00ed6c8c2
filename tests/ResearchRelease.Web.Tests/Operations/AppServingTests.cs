using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Tests.Operations;

/// <summary>
/// Work after start waits for the app to be serving: started, then its first response sent or a second without one.
/// The app's own first page is then not slowed by the warm-up's and the background loops' first database reads.
/// </summary>
public sealed class AppServingTests
{
    private readonly ApplicationLifetime _lifetime = new(NullLogger<ApplicationLifetime>.Instance);

    [Fact]
    public async Task Waits_for_the_start_and_then_for_the_first_response()
    {
        var serving = new AppServing(_lifetime);
        var waiting = serving.WaitAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted, "before the app started");

        _lifetime.NotifyStarted();
        serving.Answered();
        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(serving.HasAnswered);
    }

    [Fact]
    public async Task A_node_nobody_asks_for_a_page_goes_on_after_its_patience()
    {
        var serving = new AppServing(_lifetime);
        _lifetime.NotifyStarted();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(await serving.WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(clock.Elapsed >= AppServing.Patience - TimeSpan.FromMilliseconds(50), $"went on after {clock.Elapsed}");
        Assert.False(serving.HasAnswered);
    }

    [Fact]
    public async Task Stopping_before_it_serves_answers_false()
    {
        var serving = new AppServing(_lifetime);
        using var stopping = new CancellationTokenSource();
        var waiting = serving.WaitAsync(stopping.Token);
        await stopping.CancelAsync();
        Assert.False(await waiting.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
