using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Tests.Infrastructure;
using static ResearchRelease.Web.Tests.Deputies.DeputySteps;

namespace ResearchRelease.Web.Tests.Deputies;

/// <summary>On PostgreSQL the designation log is append-only in the database itself, not only in code.</summary>
public sealed class DesignationLogOnPostgresTests
{
    [SkippableFact]
    public async Task Designation_events_cannot_be_updated_or_deleted()
    {
        await using var postgres = PostgresAppScope.Start();
        var chief = postgres.App.ClientFor(Personas.ChiefStatistician);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await DesignateOnPageAsync(chief, Today, Today.AddDays(3))).StatusCode);
        var db = postgres.Db;
        Assert.Equal(1, await db.DesignationEvents.CountAsync());
        await AppendOnlyTables.AssertRefusedAsync(db, "deputy_designation_events", "actor_name = 'someone else'");
        Assert.Equal(1, await db.DesignationEvents.CountAsync(e => e.ActorName == "Helen Marsh"));
    }
}
