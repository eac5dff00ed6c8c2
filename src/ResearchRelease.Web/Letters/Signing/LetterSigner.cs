using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;
using ResearchRelease.Web.Letters.Pdf;

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
        certificate =
            this.options.CertificatePath is { Length: > 0 } path
                ? X509CertificateLoader.LoadPkcs12FromFile(path, this.options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet)
            : environment.IsDevelopment()
                ? DevelopmentCertificate.LoadOrCreate(
                    Path.IsPathRooted(this.options.DevelopmentCertificatePath)
                        ? this.options.DevelopmentCertificatePath
                        : Path.Combine(environment.ContentRootPath ?? "", this.options.DevelopmentCertificatePath),
                    this.options.DevelopmentCertificatePassword
                )
            // Never an unsigned letter outside Development (start-up refuses this too; see ProductionReadiness).
            : throw new InvalidOperationException(
                "Letters:Signing:CertificatePath is not set: outside Development letters are always signed."
            );
    }

    private const int SignaturePage = 0;

    public bool Enabled => certificate is not null;

    public string? SignerSubject => certificate?.Subject;

    public string? SignerThumbprint => certificate?.Thumbprint;

    public byte[] Sign(byte[] pdf)
    {
        if (certificate is null)
            return pdf;
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        var metadata = UaMetadata.From(document);
        // Saving writes a new packet; without this the renderer's would stay in the file, unreferenced.
        document.Internals.Catalog.Elements.Remove("/Metadata");
        // PDF/UA-1 7.18.3: a page with an annotation (the signature's widget) takes its tab order from the structure.
        document.Pages[SignaturePage].Elements.SetName("/Tabs", "/S");

        using var output = new MemoryStream();
        var signer = new PdfSharpDefaultSigner(certificate, PdfMessageDigestType.SHA256, null);
        DigitalSignatureHandler.ForDocument(
            document,
            new MetadataStampingSigner(signer, output, metadata),
            new DigitalSignatureOptions
            {
                Reason = options.Reason,
                Location = options.Location,
                AppName = "ResearchRelease",
                PageIndex = SignaturePage,
                // No area on the page: an invisible signature, outside the crop box for PDF/UA (see ADR 0031).
                Rectangle = new PdfSharp.Drawing.XRect(0, 0, 0, 0),
            }
        );
        document.Save(output);
        return output.ToArray();
    }

    public void Dispose() => certificate?.Dispose();
}
