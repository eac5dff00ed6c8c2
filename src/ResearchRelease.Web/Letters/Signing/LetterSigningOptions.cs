using System.ComponentModel.DataAnnotations;

namespace ResearchRelease.Web.Letters.Signing;

/// <summary>
/// <c>Letters:Signing</c>. Outside Development <see cref="CertificatePath"/> must name a PKCS#12 file that
/// loads with <see cref="CertificatePassword"/>, or the app refuses to start: letters are never issued unsigned.
/// Development creates its own self-signed certificate when none is configured and
/// keeps it in <see cref="DevelopmentCertificatePath"/>, protected by <see cref="DevelopmentCertificatePassword"/>,
/// so letters signed yesterday are signed by the same certificate as today's.
/// </summary>
public sealed class LetterSigningOptions
{
    public const string Section = "Letters:Signing";

    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }

    /// <summary>Printed in the signature dictionary: why the document was signed.</summary>
    [Required]
    public string Reason { get; set; } = "Decision letter issued by the Department for Education";

    [Required]
    public string Location { get; set; } = "London, United Kingdom";

    /// <summary>Development only; relative paths are under the content root.</summary>
    public string DevelopmentCertificatePath { get; set; } = "App_Data/letter-signing-development.pfx";

    /// <summary>Development only. Without it the development certificate is made afresh at each start and not kept.</summary>
    public string? DevelopmentCertificatePassword { get; set; }
}
