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
}
