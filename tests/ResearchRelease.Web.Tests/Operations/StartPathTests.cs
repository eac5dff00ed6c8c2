using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Operations;

/// <summary>What the app leaves off the path to its first page (docs/performance.md, start-up).</summary>
public sealed class StartPathTests
{
    [Fact]
    public async Task The_pages_descriptors_are_built_without_looking_for_controllers()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var app = new AppFactory(database);

        var parts = app.Services.GetRequiredService<ApplicationPartManager>();
        Assert.DoesNotContain(parts.FeatureProviders, p => p is ControllerFeatureProvider);
        var feature = new ControllerFeature();
        parts.PopulateFeature(feature);
        Assert.Empty(feature.Controllers);
    }

    [Fact]
    public async Task A_screening_policy_file_that_cannot_be_read_still_stops_the_start()
    {
        using var database = TestDatabase.Create("Sqlite");
        var policy = Path.Combine(Path.GetTempPath(), $"rr-bad-policy-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(policy, "{ \"version\": ");
        try
        {
            await using var app = new AppFactory(database, settings: new Dictionary<string, string> { ["Screening:PolicyFile"] = policy });

            var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());
            Assert.Contains("Screening:PolicyFile", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(policy);
        }
    }
}
