using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Register;

/// <summary>
/// A database from before the public register was a projection (or one whose read models went wrong) is put right
/// from the events alone: the rebuild the start-up runs once after that migration. And an append, which writes the read
/// models without reading them first, keeps them and the hash chain equal to the fold.
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

    [Fact]
    public async Task Two_appends_in_one_unit_of_work_keep_the_read_models_and_the_chain()
    {
        using var scope = approved.App.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<ApplicationStore>();
        var loaded = (await store.LoadAsync(approved.Id, CancellationToken.None))!;
        var owner = new Actor(loaded.State.OwnerSubject, "Dr Priya Shah", null, ActorRole.Researcher);

        // The second append starts from the first's state: its hash and its row come from this unit of work, not a read.
        var state = loaded.State;
        foreach (var title in new[] { "First paper", "Second paper" })
        {
            var outcome = OutputRules.Report(state, owner, title, "https://example.ac.uk/" + title.Replace(' ', '-'));
            Assert.True(outcome.Succeeded, outcome.Message);
            state = (await store.AppendAsync(approved.Id, state, outcome.Events, owner, ct: CancellationToken.None)).State!;
        }

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == approved.Id);
        Assert.Equal((loaded.State.Version + 2, state.Status), (row.Version, row.Status));
        var entry = await db.PublicRegister.AsNoTracking().SingleAsync(r => r.ApplicationId == approved.Id);
        Assert.Contains("Second paper", entry.Outputs, StringComparison.Ordinal);
        var reloaded = (await store.LoadAsync(approved.Id, CancellationToken.None))!.State;
        Assert.Equal((state.Version, loaded.State.Outputs.Count + 2), (reloaded.Version, reloaded.Outputs.Count));
        Assert.Equal("intact", (await Compliance.AuditTamperTests.VerifyAsync(approved.App)).GetProperty("status").GetString());
    }
}
