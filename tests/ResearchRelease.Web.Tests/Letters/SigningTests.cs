using System.Globalization;
using System.Security.Cryptography.Pkcs;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using ResearchRelease.Web.Letters;
using ResearchRelease.Web.Letters.Signing;

namespace ResearchRelease.Web.Tests.Letters;

/// <summary>Letters are signed with a PDF digital signature where a certificate is available (development makes its own).</summary>
public sealed partial class SigningTests
{
    [Fact]
    public void A_development_letter_carries_a_valid_sha256_signature_over_the_whole_file_and_still_reads()
    {
        using var signer = Signer(Environments.Development);
        Assert.True(signer.Enabled);
        var signed = signer.Sign(new PdfLetterRenderer().Render(LetterSamples.Approval()));

        var text = Encoding.Latin1.GetString(signed);
        var range = ByteRange().Match(text);
        Assert.True(range.Success, "the file has a signature /ByteRange");
        var r = range.Groups.Values.Skip(1).Select(g => int.Parse(g.Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(0, r[0]);
        Assert.Equal(signed.Length, r[2] + r[3]);

        var hex = text[(r[1] + 1)..(r[2] - 1)].TrimEnd('0');
        if (hex.Length % 2 == 1)
            hex += "0";
        var cms = new SignedCms(new ContentInfo([.. signed[..r[1]], .. signed[r[2]..]]), detached: true);
        cms.Decode(Convert.FromHexString(hex));
        cms.CheckSignature(verifySignatureOnly: true);
        Assert.Contains("ResearchRelease development", cms.SignerInfos[0].Certificate!.Subject, StringComparison.Ordinal);

        using var document = UglyToad.PdfPig.PdfDocument.Open(signed);
        Assert.Contains("RR-2026-0042", document.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_byte_inside_the_signed_range_breaks_the_signature()
    {
        using var signer = Signer(Environments.Development);
        var signed = signer.Sign(new PdfLetterRenderer().Render(LetterSamples.OnePage()));
        var text = Encoding.Latin1.GetString(signed);
        var r = ByteRange().Match(text).Groups.Values.Skip(1).Select(g => int.Parse(g.Value, CultureInfo.InvariantCulture)).ToArray();
        signed[r[1] / 2] ^= 0x01;
        var hex = text[(r[1] + 1)..(r[2] - 1)].TrimEnd('0');
        if (hex.Length % 2 == 1)
            hex += "0";
        var cms = new SignedCms(new ContentInfo([.. signed[..r[1]], .. signed[r[2]..]]), detached: true);
        cms.Decode(Convert.FromHexString(hex));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => cms.CheckSignature(verifySignatureOnly: true));
    }

    [Fact]
    public void Without_a_certificate_outside_development_there_is_no_signer_to_issue_unsigned_letters()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Signer(Environments.Production));
        Assert.Contains("Letters:Signing:CertificatePath", error.Message, StringComparison.Ordinal);
    }

    private static LetterSigner Signer(string environment) =>
        new(Options.Create(new LetterSigningOptions()), new HostingEnvironment { EnvironmentName = environment });

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRange();
}
