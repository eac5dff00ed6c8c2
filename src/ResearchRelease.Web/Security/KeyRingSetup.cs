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
        services
            .AddDataProtection()
            // A fixed name, not the content root: nodes installed in different folders must share the ring.
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>();
    }

    /// <summary>
    /// Data Protection's own hosted service reads the ring while the host starts, and reading it from the database builds
    /// EF's model of the whole app database first: about a third of a second before the first page could be served. The
    /// warm-up after start reads it instead (<see cref="WarmUp"/>); a request that comes sooner reads it itself. Called
    /// last: authentication, antiforgery and Razor Pages each add Data Protection again, and with it that service.
    /// </summary>
    public static void ReadKeyRingAfterStart(this IServiceCollection services)
    {
        var preload = services.Where(IsDataProtectionPreload).ToList();
        foreach (var descriptor in preload)
            services.Remove(descriptor);
    }

    internal static bool IsDataProtectionPreload(ServiceDescriptor descriptor) =>
        descriptor.ServiceType == typeof(IHostedService)
        && descriptor.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    /// <summary>Reads the key ring (creating the first key on a new database), off the path to the first page.</summary>
    public static void WarmUp(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(ApplicationName).Protect([0]);
}
