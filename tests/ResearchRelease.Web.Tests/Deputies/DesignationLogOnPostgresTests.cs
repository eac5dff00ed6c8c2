using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;
using static ResearchRelease.Web.Tests.Deputies.DeputySteps;

namespace ResearchRelease.Web.Tests.Deputies;

/// <summary>On PostgreSQL the designation log is append-only in the database itself, not only in code.</summary>
public sealed class DesignationLogOnPostgresTests
{
    [SkippableFact]
    public async Task Designation_events_cannot_be_updated_or_deleted()
    {
        TestDatabase.RequirePostgres();
        using var database = TestDatabase.Create("Postgres");
        await using var app = new AppFactory(database);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await DesignateOnPageAsync(app.ClientFor(Personas.ChiefStatistician), Today, Today.AddDays(3))).StatusCode);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.DesignationEvents.CountAsync());
        await AppendOnlyTables.AssertRefusedAsync(db, "deputy_designation_events", "actor_name = 'someone else'");
        Assert.Equal(1, await db.DesignationEvents.CountAsync(e => e.ActorName == "Helen Marsh"));
    }
}
