using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Register;

/// <summary>
/// A database from before the public register was a projection (or one whose read models went wrong) is put right
/// from the events alone: the rebuild the start-up runs once after that migration.
/// </summary>
public sealed class ReadModelRebuildTests(ApprovedApp approved) : IClassFixture<ApprovedApp>
{
    [Fact]
    public async Task The_read_models_are_rebuilt_from_the_events()
    {
        using var scope = approved.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var before = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == approved.Id);
        var entry = await db.PublicRegister.AsNoTracking().SingleAsync(r => r.ApplicationId == approved.Id);

        await db.PublicRegister.Where(r => r.ApplicationId == approved.Id).ExecuteDeleteAsync();
        await db.Applications.Where(a => a.Id == approved.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.DecidedAt, (DateTime?)null));

        await scope.ServiceProvider.GetRequiredService<ApplicationStore>().RebuildReadModelsAsync(CancellationToken.None);

        var after = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == approved.Id);
        Assert.Equal(before.DecidedAt, after.DecidedAt);
        Assert.Equal(before.Status, after.Status);
        var rebuilt = await db.PublicRegister.AsNoTracking().SingleAsync(r => r.ApplicationId == approved.Id);
        Assert.Equal((entry.EndDate, entry.DecidedAt, entry.DataItemCodes), (rebuilt.EndDate, rebuilt.DecidedAt, rebuilt.DataItemCodes));
    }
}
