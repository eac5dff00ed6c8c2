using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ResearchRelease.Web.Letters.Signing;
using ResearchRelease.Web.Notifications;

namespace ResearchRelease.Web.Security;

/// <summary>
/// Outside Development the app starts only when it is configured to be what it claims: people sign in with a real
/// identity provider registration, letters are signed with a certificate that loads, letters link to a public
/// address, and email goes through GOV.UK Notify. Every problem is named at once, so one failed deployment shows all
/// that is missing. Committed settings hold placeholders such as "set-in-deployment"; those count as missing.
/// </summary>
public static class ProductionReadiness
{
    /// <summary>Found anywhere in a value: distinctive enough never to be part of a real id or secret.</summary>
    private static readonly string[] PlaceholderParts =
    [
        "set-in-deployment",
        "changeme",
        "change-me",
        "replace-me",
        "placeholder",
        "your-",
    ];

    /// <summary>Placeholders only when they are the whole value (a random secret may contain them by chance).</summary>
    private static readonly string[] PlaceholderWords = ["todo", "tbd", "xxx", "none", "null", "secret"];

    /// <summary>Throws, naming every setting to fix, unless the environment is Development or nothing is wrong.</summary>
    public static void RefuseUnsafeStart(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
            return;
        var problems = Problems(builder.Configuration);
        if (problems.Count == 0)
            return;
        throw new InvalidOperationException(
            $"The app will not start in the {builder.Environment.EnvironmentName} environment until these settings are fixed: "
                + string.Join(" ", problems)
        );
    }

    public static List<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        problems.AddRange(IdentityProblems(configuration.GetSection("AzureAd")));
        problems.AddRange(SigningProblems(configuration.GetSection(LetterSigningOptions.Section).Get<LetterSigningOptions>() ?? new()));
        problems.AddRange(PublicAddressProblems(configuration["Letters:PublicBaseUrl"]));
        var notifications = NotificationSetup.Problems(NotificationSetup.Read(configuration, development: false), development: false);
        if (notifications.Count > 0)
            problems.Add("Notifications are not configured: " + string.Join(" ", notifications));
        return problems;
    }

    public static bool IsPlaceholder(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return true;
        var v = value.Trim();
        return PlaceholderParts.Any(p => v.Contains(p, StringComparison.OrdinalIgnoreCase))
            || PlaceholderWords.Any(p => string.Equals(v, p, StringComparison.OrdinalIgnoreCase))
            || (v.StartsWith('<') && v.EndsWith('>'))
            || (v.StartsWith('{') && v.EndsWith('}'))
            || (Guid.TryParse(v, out var id) && id == Guid.Empty);
    }

    private static IEnumerable<string> IdentityProblems(IConfigurationSection azureAd)
    {
        var authority = azureAd["Authority"];
        if (!string.IsNullOrWhiteSpace(authority))
        {
            if (IsPlaceholder(authority) || !IsHttps(authority))
                yield return $"AzureAd:Authority must be the provider's https address, not '{authority}'.";
        }
        else
        {
            var instance = azureAd["Instance"];
            if (IsPlaceholder(instance) || !IsHttps(instance!))
                yield return $"AzureAd:Instance must be the provider's https address, not '{instance}'.";
            var tenant = azureAd["TenantId"];
            if (IsPlaceholder(tenant))
                yield return $"AzureAd:TenantId is missing or a placeholder ('{tenant}').";
            else if (tenant!.Trim().ToLowerInvariant() is "common" or "organizations" or "consumers")
                yield return $"AzureAd:TenantId is '{tenant}', which lets accounts of any tenant sign in: name this service's tenant.";
            else if (!Guid.TryParse(tenant, out _) && !LooksLikeDomain(tenant))
                yield return $"AzureAd:TenantId must be the tenant's id (a GUID) or its domain name, not '{tenant}'.";
        }
        var client = azureAd["ClientId"];
        if (IsPlaceholder(client))
            yield return $"AzureAd:ClientId is missing or a placeholder ('{client}').";
        else if (!Guid.TryParse(client, out _))
            yield return $"AzureAd:ClientId must be the app registration's id (a GUID), not '{client}'.";
        var hasCredential =
            !IsPlaceholder(azureAd["ClientSecret"])
            || azureAd.GetSection("ClientCredentials").GetChildren().Any()
            || azureAd.GetSection("ClientCertificates").GetChildren().Any();
        if (!hasCredential)
            yield return "AzureAd:ClientSecret (or AzureAd:ClientCredentials) is missing: the app cannot redeem a sign-in without it.";
    }

    private static IEnumerable<string> SigningProblems(LetterSigningOptions signing)
    {
        if (IsPlaceholder(signing.CertificatePath))
        {
            yield return "Letters:Signing:CertificatePath is missing: letters would be issued unsigned.";
            yield break;
        }
        var problem = CertificateProblem(signing.CertificatePath!, signing.CertificatePassword);
        if (problem is not null)
            yield return $"Letters:Signing:CertificatePath ({signing.CertificatePath}) {problem}";
    }

    private static string? CertificateProblem(string path, string? password)
    {
        if (!File.Exists(path))
            return "does not exist.";
        try
        {
            using var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
            if (!certificate.HasPrivateKey)
                return "holds no private key, so it cannot sign.";
            if (certificate.NotAfter.ToUniversalTime() <= DateTime.UtcNow)
                return "has expired.";
            if (certificate.NotBefore.ToUniversalTime() > DateTime.UtcNow)
                return "is not valid yet.";
            return null;
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return $"could not be loaded with Letters:Signing:CertificatePassword ({ex.Message.TrimEnd('.')}).";
        }
    }

    private static IEnumerable<string> PublicAddressProblems(string? baseUrl)
    {
        if (
            !Uri.TryCreate(baseUrl, UriKind.Absolute, out var url)
            || url.Scheme != Uri.UriSchemeHttps
            || url.IsLoopback
            || IsPlaceholder(url.Host)
        )
            yield return $"Letters:PublicBaseUrl must be the service's public https address, not '{baseUrl}': "
                + "letters print it for verification.";
    }

    private static bool IsHttps(string value) => Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps;

    private static bool LooksLikeDomain(string value) =>
        value.Contains('.', StringComparison.Ordinal) && Uri.CheckHostName(value.Trim()) == UriHostNameType.Dns;
}
