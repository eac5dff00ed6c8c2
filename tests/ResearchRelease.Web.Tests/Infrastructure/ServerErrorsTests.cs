using Microsoft.Extensions.Logging;

namespace ResearchRelease.Web.Tests.Infrastructure;

public sealed class ServerErrorsTests
{
    [Fact]
    public void An_error_a_host_logs_is_described_with_its_exception_and_a_warning_is_not()
    {
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(new ServerErrors()));
        var logger = factory.CreateLogger("Test.Category");
        var marker = Guid.NewGuid().ToString("N");

        logger.LogWarning("warning {Marker}", marker);
        logger.LogError(new InvalidOperationException("boom " + marker), "failed {Marker}", marker);

        var described = ServerErrors.Describe(count: 20);
        Assert.Contains($"Test.Category: failed {marker}", described, StringComparison.Ordinal);
        Assert.Contains($"InvalidOperationException: boom {marker}", described, StringComparison.Ordinal);
        Assert.DoesNotContain($"warning {marker}", described, StringComparison.Ordinal);
    }
}
