using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResearchRelease.Web.Security;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// The key ring is read after start, not before the first page: Data Protection's own hosted service, which reads it
/// while the host starts, is taken out of the app as composed. The first test keeps the others honest: if a new version
/// of the library renamed or dropped that service, they would pass without removing anything.
/// </summary>
public sealed class KeyRingStartTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    [Fact]
    public void Data_Protection_on_its_own_reads_the_ring_in_a_hosted_service()
    {
        var services = new ServiceCollection();
        services.AddDataProtection();
        Assert.Contains(services, KeyRingSetup.IsDataProtectionPreload);
    }

    [Fact]
    public void Registering_Data_Protection_again_after_the_ring_brings_its_hosted_service_back()
    {
        // What authentication and antiforgery do: why the app takes the service out last, not beside the ring.
        var services = new ServiceCollection();
        services.AddSharedKeyRing();
        services.ReadKeyRingAfterStart();
        services.AddDataProtection();
        Assert.Contains(services, KeyRingSetup.IsDataProtectionPreload);
    }

    [Fact]
    public void The_running_app_leaves_reading_the_ring_to_its_warm_up_after_start()
    {
        var hosted = shared.App.Services.GetServices<IHostedService>().Select(s => s.GetType().FullName).ToList();
        Assert.NotEmpty(hosted);
        Assert.DoesNotContain("Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService", hosted);
        Assert.NotNull(shared.App.Services.GetService<IDataProtectionProvider>());
    }
}
