using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Infrastructure;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Workflow.Engine;

namespace ResearchRelease.Web.Tests.Operations;

/// <summary>
/// The running app's pipeline tells <see cref="AppServing"/> when its first response has been sent, and the engine's poller
/// waits for it as the other work after start does.
/// </summary>
public sealed class FirstResponseTests
{
    [Fact]
    public async Task The_first_page_answered_opens_the_way_for_the_work_after_start()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var app = new AppFactory(database);
        var serving = app.Services.GetRequiredService<AppServing>();
        Assert.False(serving.HasAnswered);

        using var response = await app.CreateClient().GetAsync(new Uri("/", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        await Poll.UntilAsync(() => Task.FromResult(serving.HasAnswered), "the first response to be recorded");
    }

    [Fact]
    public async Task The_engine_s_poller_waits_for_the_same_first_response()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var app = new AppFactory(database);

        Assert.Same(app.Services.GetRequiredService<AppServing>(), app.Services.GetRequiredService<IEngineStartGate>());
    }
}
