using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;

namespace ResearchRelease.Web.Letters.Signing;

/// <summary>
/// Signs a rendered letter (PDFsharp digital signature, SHA-256, invisible: the letter already shows who signed
/// the decision). The renderer stays signature-agnostic; the issuer hashes the signed bytes, so the SHA-256
/// printed on the verification page is of exactly the file the researcher receives.
/// </summary>
public sealed class LetterSigner : IDisposable
{
    private readonly X509Certificate2? certificate;
    private readonly LetterSigningOptions options;

    public LetterSigner(IOptions<LetterSigningOptions> options, IHostEnvironment environment)
    {
        this.options = options.Value;
        certificate = this.options.CertificatePath is { Length: > 0 } path
            ? X509CertificateLoader.LoadPkcs12FromFile(path, this.options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet)
            : environment.IsDevelopment() ? DevelopmentCertificate() : null;
    }

    public bool Enabled => certificate is not null;

    public string? SignerSubject => certificate?.Subject;

    public byte[] Sign(byte[] pdf)
    {
        if (certificate is null) return pdf;
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        DigitalSignatureHandler.ForDocument(document, new PdfSharpDefaultSigner(certificate, PdfMessageDigestType.SHA256, null), new DigitalSignatureOptions
        {
            Reason = options.Reason,
            Location = options.Location,
            AppName = "ResearchRelease",
            PageIndex = 0,
            Rectangle = new PdfSharp.Drawing.XRect(0, 0, 0, 0),
        });
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    /// <summary>A throwaway self-signed certificate for development only; its letters verify by hash, not by trust.</summary>
    private static X509Certificate2 DevelopmentCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=ResearchRelease development letter signing, O=Department for Education (development)",
            key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.EphemeralKeySet);
    }

    public void Dispose() => certificate?.Dispose();
}
