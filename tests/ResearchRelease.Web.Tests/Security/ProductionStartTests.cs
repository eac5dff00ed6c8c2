using System.Net;
using Microsoft.AspNetCore.Hosting;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// Outside Development the app refuses to start unless sign-in, letter signing, the letters' public address and email
/// are really configured, naming every setting that is missing or a placeholder; it never issues an unsigned letter.
/// </summary>
public sealed class ProductionStartTests
{
    [Fact]
    public void With_only_notify_settings_production_refuses_to_start_and_names_each_setting()
    {
        using var db = TestDatabase.Sqlite();
        using var production = new AppFactory(db).WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Authentication:DevelopmentPersonas", "false");
            Notifications.NotifyTestSettings.UseNotify(b);
            // The committed default, a local address.
            b.UseSetting("Letters:PublicBaseUrl", "http://localhost:5051");
        });
        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient()).ToString();
        Assert.Contains("will not start in the Production environment", error, StringComparison.Ordinal);
        Assert.Contains("AzureAd:TenantId is missing or a placeholder ('set-in-deployment')", error, StringComparison.Ordinal);
        Assert.Contains("AzureAd:ClientId is missing or a placeholder ('set-in-deployment')", error, StringComparison.Ordinal);
        Assert.Contains("AzureAd:ClientSecret (or AzureAd:ClientCredentials) is missing", error, StringComparison.Ordinal);
        Assert.Contains("Letters:Signing:CertificatePath is missing: letters would be issued unsigned", error, StringComparison.Ordinal);
        Assert.Contains(
            "Letters:PublicBaseUrl must be the service's public https address, not 'http://localhost:5051'",
            error,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("Notifications are not configured", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AzureAd:TenantId", "common", "lets accounts of any tenant sign in")]
    [InlineData("AzureAd:TenantId", "<your tenant>", "AzureAd:TenantId is missing or a placeholder")]
    [InlineData("AzureAd:ClientId", "researchrelease", "AzureAd:ClientId must be the app registration's id (a GUID)")]
    [InlineData("AzureAd:ClientId", "00000000-0000-0000-0000-000000000000", "AzureAd:ClientId is missing or a placeholder")]
    [InlineData("AzureAd:ClientSecret", "set-in-deployment", "AzureAd:ClientSecret (or AzureAd:ClientCredentials) is missing")]
    [InlineData("AzureAd:Instance", "http://login.microsoftonline.com/", "AzureAd:Instance must be the provider's https address")]
    [InlineData("Letters:Signing:CertificatePassword", "wrong password", "could not be loaded with Letters:Signing:CertificatePassword")]
    [InlineData("Letters:Signing:CertificatePath", "/nonexistent/signing.pfx", "(/nonexistent/signing.pfx) does not exist")]
    [InlineData("Letters:PublicBaseUrl", "https://127.0.0.1:5051", "Letters:PublicBaseUrl must be the service's public https address")]
    public void One_bad_setting_is_named(string key, string value, string expected)
    {
        using var db = TestDatabase.Sqlite();
        using var production = new AppFactory(db).WithWebHostBuilder(b => b.UseProduction().UseSetting(key, value));
        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient()).ToString();
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_that_is_not_a_pkcs12_file_is_named()
    {
        using var db = TestDatabase.Sqlite();
        var path = Path.Combine(Path.GetTempPath(), "rr-tests", $"not-a-certificate-{Guid.NewGuid():N}.pfx");
        await File.WriteAllTextAsync(path, "-----BEGIN NOTHING-----");
        try
        {
            using var production = new AppFactory(db).WithWebHostBuilder(b =>
                b.UseProduction().UseSetting("Letters:Signing:CertificatePath", path)
            );
            var error = Assert.ThrowsAny<Exception>(() => production.CreateClient()).ToString();
            Assert.Contains($"Letters:Signing:CertificatePath ({path}) could not be loaded", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Configured_for_real_it_starts_and_dev_paths_are_not_found_for_every_method()
    {
        using var db = TestDatabase.Sqlite();
        await using var production = new AppFactory(db).WithWebHostBuilder(b => b.UseProduction());
        var client = production.CreateClient(new() { BaseAddress = new Uri("https://researchrelease.test"), AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        foreach (
            var path in new[] { "/dev/sign-in", "/dev/outbox", "/dev/sign-in?returnUrl=%2F", "/DEV/SIGN-IN", "/dev", "/dev/anything/else" }
        )
        {
            foreach (var method in new[] { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS" })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT" or "PATCH")
                    request.Content = new FormUrlEncodedContent([new("persona", "chief-statistician"), new("returnUrl", "/")]);
                request.Headers.Add("X-Dev-Persona", "chief-statistician");
                var response = await client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path} answered {(int)response.StatusCode}");
            }
        }
    }
}
