using System.Net;
using Microsoft.AspNetCore.Hosting;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Notifications;

/// <summary>Production refuses to start without its Notify settings, naming each; the development mailbox page does not exist there.</summary>
public sealed class NotificationStartupTests
{
    [Fact]
    public void Production_without_notify_settings_refuses_to_start_and_names_what_is_missing()
    {
        using var db = TestDatabase.Sqlite();
        using var production = new AppFactory(db).WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Authentication:DevelopmentPersonas", "false");
        });
        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient()).ToString();
        Assert.Contains("Notifications are not configured", error, StringComparison.Ordinal);
        Assert.Contains("Notifications:Notify:ApiKey is missing", error, StringComparison.Ordinal);
        Assert.Contains(
            "Notifications:Notify:Templates:application_approved must be the Notify template id",
            error,
            StringComparison.Ordinal
        );
        Assert.Contains("Notifications:Mailboxes:ChiefStatistician is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_refuses_the_local_sender_and_a_malformed_api_key()
    {
        using var db = TestDatabase.Sqlite();
        using var production = new AppFactory(db).WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Authentication:DevelopmentPersonas", "false");
            b.UseNotify();
            b.UseSetting("Notifications:Notify:ApiKey", "not-a-key");
        });
        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient()).ToString();
        Assert.Contains("Notifications:Notify:ApiKey is not a GOV.UK Notify v2 API key", error, StringComparison.Ordinal);

        using var local = new AppFactory(db).WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Authentication:DevelopmentPersonas", "false");
            b.UseNotify();
            b.UseSetting("Notifications:Sender", "Local");
        });
        Assert.Contains(
            "Notifications:Sender is 'Local' outside Development",
            Assert.ThrowsAny<Exception>(() => local.CreateClient()).ToString(),
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(5.5)]
    public void A_gathering_window_outside_zero_to_five_seconds_is_refused_by_name(double seconds)
    {
        var settings = new ResearchRelease.Web.Notifications.NotificationOptions
        {
            Sender = "Local",
            PublicBaseUrl = "https://researchrelease.test",
            GatherSeconds = seconds,
        };
        Assert.Contains(
            "Notifications:GatherSeconds must be between 0 and 5.",
            ResearchRelease.Web.Notifications.NotificationSetup.Problems(settings, development: true)
        );
        settings.GatherSeconds = 0.1;
        Assert.Empty(ResearchRelease.Web.Notifications.NotificationSetup.Problems(settings, development: true));
    }

    [Fact]
    public async Task Production_with_notify_settings_starts_and_has_no_development_mailbox()
    {
        using var db = TestDatabase.Sqlite();
        await using var production = new AppFactory(db).WithWebHostBuilder(b => b.UseProduction());
        var client = production.CreateClient(new() { BaseAddress = new Uri("https://researchrelease.test"), AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        // 404 for everyone, before any sign-in is asked for (a start-up filter, ahead of authentication).
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dev/outbox")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dev/outbox?page=2")).StatusCode);
    }
}
