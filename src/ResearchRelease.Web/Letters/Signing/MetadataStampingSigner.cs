using PdfSharp.Pdf.Signatures;
using ResearchRelease.Web.Letters.Pdf;

namespace ResearchRelease.Web.Letters.Signing;

/// <summary>
/// Signs as the signer it wraps, after writing the PDF/UA metadata into the saved file (<see cref="UaMetadata"/>).
/// PDFsharp asks for the signature once the whole file is in <paramref name="output"/> and hashes it only then, so the
/// metadata, overwritten in place at the same length, is what the signature covers.
/// </summary>
internal sealed class MetadataStampingSigner(IDigitalSigner inner, MemoryStream output, UaMetadata.Fields metadata) : IDigitalSigner
{
    public string CertificateName => inner.CertificateName;

    public Task<int> GetSignatureSizeAsync() => inner.GetSignatureSizeAsync();

    public Task<byte[]> GetSignatureAsync(Stream stream)
    {
        UaMetadata.Stamp(output.GetBuffer().AsSpan(0, (int)output.Length), metadata);
        return inner.GetSignatureAsync(stream);
    }
}
