using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Operations;

/// <summary>A setting out of range stops the start with a message naming it, rather than failing on first use.</summary>
public sealed class SettingsStartupTests
{
    public static TheoryData<string, string, string> WrongSettings =>
        new()
        {
            { "Lifecycle:DestructionConfirmationDays", "0", "DestructionConfirmationDays" },
            { "Audit:AnchorIntervalMinutes", "-5", "AnchorIntervalMinutes" },
            { "Authentication:RecentSignIn:MaxAgeMinutes", "0", "MaxAgeMinutes" },
            { "Letters:PublicBaseUrl", "not a web address", "PublicBaseUrl" },
            { "Letters:Signing:Reason", "", "Reason" },
            { "Workflow:StepConcurrency", "0", "StepConcurrency" },
            { "Workflow:PollIntervalSeconds", "0", "PollIntervalSeconds" },
        };

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public void A_wrong_setting_stops_the_start_and_names_the_setting(string key, string value, string named)
    {
        using var db = TestDatabase.Sqlite();
        using var app = new AppFactory(db, settings: new Dictionary<string, string> { [key] = value });
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient()).ToString();
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_database_provider_stops_the_start_and_says_what_to_choose()
    {
        using var db = TestDatabase.Sqlite();
        using var app = new AppFactory(db, settings: new Dictionary<string, string> { ["Database:Provider"] = "Oracle" });
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient()).ToString();
        Assert.Contains("Database:Provider", error, StringComparison.Ordinal);
        Assert.Contains("Choose Sqlite or Postgres", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_settings_as_shipped_start()
    {
        using var db = TestDatabase.Sqlite();
        await using var app = new AppFactory(db);
        var response = await app.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode);
    }
}
