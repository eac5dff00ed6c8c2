using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Audit;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Compliance;

/// <summary>Anchors the register head now, as the app's timer would, so a test need not wait for it.</summary>
public static class AuditAnchors
{
    public static async Task<RegisterAnchor> AnchorAsync(AppFactory app)
    {
        var anchor = await TryAnchorAsync(app);
        Assert.NotNull(anchor);
        return anchor;
    }

    /// <summary>Null when nothing was anchored (a broken record is never anchored).</summary>
    public static async Task<RegisterAnchor?> TryAnchorAsync(AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RegisterAnchoring>().AnchorAsync(CancellationToken.None);
    }

    public static string PathOf(AppFactory app) => app.Services.GetRequiredService<RegisterAnchorFile>().Path;
}
