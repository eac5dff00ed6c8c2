namespace ResearchRelease.Web.Letters.Signing;

/// <summary>
/// <c>Letters:Signing</c>. In production point <see cref="CertificatePath"/> at a PKCS#12 file (or leave it
/// empty for unsigned letters). Development creates its own self-signed certificate when none is configured.
/// </summary>
public sealed class LetterSigningOptions
{
    public const string Section = "Letters:Signing";

    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }
    /// <summary>Printed in the signature dictionary: why the document was signed.</summary>
    public string Reason { get; set; } = "Decision letter issued by the Department for Education";
    public string Location { get; set; } = "London, United Kingdom";
}
