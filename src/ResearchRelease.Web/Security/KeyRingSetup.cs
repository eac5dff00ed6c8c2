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

    public static void AddSharedKeyRing(this IServiceCollection services) =>
        services.AddDataProtection()
            // A fixed name, not the content root: nodes installed in different folders must share the ring.
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>();
}
