using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;
using static ResearchRelease.Web.Tests.Security.SessionCookies;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// The Data Protection key ring is the database's: a cookie issued by one node is read by another (or by the same
/// service after a redeploy), and without the stored keys it is not. The last step is what proves the ring comes
/// from the database: a ring kept on the machine would still read the cookie after the rows are gone.
/// </summary>
public abstract class SharedKeyRingTests(string provider)
{
    [SkippableFact]
    public async Task A_cookie_from_one_node_is_read_by_another_through_the_keys_in_the_database()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var database = TestDatabase.Create(provider);
        string cookie;
        await using (var first = new AppFactory(database))
        {
            (_, cookie) = await SignInAsync(first, Personas.Researcher);
            Assert.Equal("200", Outcome(await ReplayAsync(first, "/applications", cookie)));
        }

        await using (var second = new AppFactory(database))
        {
            Assert.Equal("200", Outcome(await ReplayAsync(second, "/applications", cookie)));
            using var scope = second.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.NotEmpty(await db.DataProtectionKeys.AsNoTracking().ToListAsync());
            await db.DataProtectionKeys.ExecuteDeleteAsync();
        }

        await using var third = new AppFactory(database);
        Assert.Equal("sign-in", Outcome(await ReplayAsync(third, "/applications", cookie)));
    }
}

public sealed class SharedKeyRingOnSqlite() : SharedKeyRingTests("Sqlite");

public sealed class SharedKeyRingOnPostgres() : SharedKeyRingTests("Postgres");
