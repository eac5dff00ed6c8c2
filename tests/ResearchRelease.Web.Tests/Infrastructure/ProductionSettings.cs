using Microsoft.AspNetCore.Hosting;
using ResearchRelease.Web.Letters.Signing;
using ResearchRelease.Web.Tests.Notifications;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// What a real deployment configures, with values that look real: the Production environment, an identity provider
/// registration (ids, a secret), a signing certificate that loads, and GOV.UK Notify. The provider's address is a
/// loopback port nothing listens on, so anything that would talk to it fails at once.
/// </summary>
public static class ProductionSettings
{
    public const string UnreachableProvider = "https://127.0.0.1:9/";
    public const string CertificatePassword = "production-test-password";

    public static string CertificatePath { get; } = Path.Combine(Path.GetTempPath(), "rr-tests", "letter-signing-production.pfx");

    public static IWebHostBuilder UseProduction(this IWebHostBuilder b)
    {
        b.UseEnvironment("Production");
        b.UseSetting("Authentication:DevelopmentPersonas", "false");
        b.UseSetting("AzureAd:Instance", UnreachableProvider);
        b.UseSetting("AzureAd:TenantId", "3f2a6c1e-8b7d-4e2f-9a51-6c0d2b7e4f13");
        b.UseSetting("AzureAd:ClientId", "9c4b1d7e-2a3f-4e8b-b6c5-0d1e2f3a4b5c");
        b.UseSetting("AzureAd:ClientSecret", "Qx8~rT2.vLm9-Kp4_sWz7YbN3cHj6FgD1aE5uI0o");
        // The development certificate's code writes a PKCS#12 file with a password: a certificate that loads.
        DevelopmentCertificate.LoadOrCreate(CertificatePath, CertificatePassword).Dispose();
        b.UseSetting("Letters:Signing:CertificatePath", CertificatePath);
        b.UseSetting("Letters:Signing:CertificatePassword", CertificatePassword);
        b.UseNotify();
        return b;
    }
}
