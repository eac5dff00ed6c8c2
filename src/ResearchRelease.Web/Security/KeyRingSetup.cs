using Microsoft.AspNetCore.DataProtection;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Security;

/// <summary>
/// One Data Protection key ring for every node, kept in the app database. Session cookies, the stored session
/// tickets (ADR 0013) and antiforgery tokens are all protected with it: with ASP.NET Core's default per-machine
/// ring, a node could not read another node's cookie, and a redeployed container (a fresh file system) would sign
/// everyone out and fail every form a user had open. The keys themselves are not encrypted at rest here; the
/// database's own access control and encryption protect them, as they protect the records.
/// </summary>
public static class KeyRingSetup
{
    public const string ApplicationName = "ResearchRelease";

    public static void AddSharedKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection()
            // A fixed name, not the content root: nodes installed in different folders must share the ring.
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>();
        // Data Protection's own hosted service reads the ring at start, and reading it from the database builds EF's
        // model of the whole app database first: about a third of a second before the first page could be served.
        // The warm-up after start reads it instead (WarmUp); a request that comes sooner reads it itself.
        var preload = services.Where(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService").ToList();
        foreach (var descriptor in preload) services.Remove(descriptor);
    }

    /// <summary>Reads the key ring (creating the first key on a new database), off the path to the first page.</summary>
    public static void WarmUp(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(ApplicationName).Protect([0]);
}
