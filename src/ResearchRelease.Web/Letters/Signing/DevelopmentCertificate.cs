using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ResearchRelease.Web.Letters.Signing;

/// <summary>
/// The self-signed development signing certificate, kept on disk (PKCS#12 with the configured password) so a
/// restart signs with the same certificate. Several processes may start at once (tests): the file is written to a
/// temporary name and moved into place without overwriting, and whoever loses the race loads the winner's file.
/// </summary>
public static class DevelopmentCertificate
{
    public const string Subject = "CN=ResearchRelease development letter signing, O=Department for Education (development)";

    public static X509Certificate2 LoadOrCreate(string path, string? password)
    {
        if (string.IsNullOrEmpty(password))
            return Load(Create(null), null);
        if (File.Exists(path) && TryLoad(path, password) is { } existing)
            return existing;

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, Create(password));
        try
        {
            // Replace only an expired or unreadable file; never one another process has just written.
            File.Move(temporary, path, overwrite: File.Exists(path) && TryLoad(path, password) is null);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
        return TryLoad(path, password)
            ?? throw new InvalidOperationException($"The development signing certificate at {path} could not be read.");
    }

    private static X509Certificate2? TryLoad(string path, string password)
    {
        try
        {
            var certificate = Load(File.ReadAllBytes(path), password);
            if (certificate.NotAfter > DateTime.Now.AddDays(1) && certificate.HasPrivateKey)
                return certificate;
            certificate.Dispose();
            return null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static X509Certificate2 Load(byte[] pkcs12, string? password) =>
        X509CertificateLoader.LoadPkcs12(pkcs12, password, X509KeyStorageFlags.EphemeralKeySet);

    private static byte[] Create(string? password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(Subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(
            new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true)
        );
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
        return created.Export(X509ContentType.Pkcs12, password);
    }
}
