using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
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
            : environment.IsDevelopment()
                ? DevelopmentCertificate.LoadOrCreate(
                    Path.IsPathRooted(this.options.DevelopmentCertificatePath)
                        ? this.options.DevelopmentCertificatePath
                        : Path.Combine(environment.ContentRootPath ?? "", this.options.DevelopmentCertificatePath),
                    this.options.DevelopmentCertificatePassword)
                // Never an unsigned letter outside Development (start-up refuses this too; see ProductionReadiness).
                : throw new InvalidOperationException(
                    "Letters:Signing:CertificatePath is not set: outside Development letters are always signed.");
    }

    public bool Enabled => certificate is not null;

    public string? SignerSubject => certificate?.Subject;

    public string? SignerThumbprint => certificate?.Thumbprint;

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

    public void Dispose() => certificate?.Dispose();
}
