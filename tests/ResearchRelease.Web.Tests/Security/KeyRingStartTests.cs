using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResearchRelease.Web.Security;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// The key ring is read after start, not before the first page: Data Protection's own hosted service, which reads it
/// while the host starts, is taken out. The first test keeps the second honest: if a new version of the library
/// renamed or dropped that service, the second would pass without removing anything.
/// </summary>
public sealed class KeyRingStartTests
{
    private static bool IsDataProtectionPreload(ServiceDescriptor d) =>
        d.ServiceType == typeof(IHostedService)
        && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    [Fact]
    public void Data_Protection_on_its_own_reads_the_ring_in_a_hosted_service()
    {
        var services = new ServiceCollection();
        services.AddDataProtection();
        Assert.Contains(services, IsDataProtectionPreload);
    }

    [Fact]
    public void The_app_leaves_reading_the_ring_to_its_warm_up_after_start()
    {
        var services = new ServiceCollection();
        services.AddSharedKeyRing();
        Assert.DoesNotContain(services, IsDataProtectionPreload);
        Assert.Contains(services, d => d.ServiceType == typeof(IDataProtectionProvider));
    }
}
