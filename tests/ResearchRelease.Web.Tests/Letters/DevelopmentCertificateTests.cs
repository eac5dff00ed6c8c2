using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using ResearchRelease.Web.Letters.Signing;

namespace ResearchRelease.Web.Tests.Letters;

/// <summary>
/// The development signing certificate survives a restart: a second signer on the same file signs with the same
/// certificate, so a letter signed yesterday still verifies against today's. Without a password it is not kept.
/// </summary>
public sealed class DevelopmentCertificateTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rr-tests", "cert-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_restarted_app_signs_with_the_certificate_it_created_before()
    {
        using var first = Signer("App_Data/signing.pfx", "dev-password");
        Assert.True(File.Exists(Path.Combine(_folder, "App_Data", "signing.pfx")));
        using var second = Signer("App_Data/signing.pfx", "dev-password");
        Assert.Equal(first.SignerThumbprint, second.SignerThumbprint);
        Assert.Contains("ResearchRelease development", second.SignerSubject, StringComparison.Ordinal);
    }

    [Fact]
    public void Apps_starting_together_agree_on_one_certificate()
    {
        var signers = Enumerable.Range(0, 6).AsParallel().Select(_ => Signer("shared.pfx", "dev-password")).ToList();
        Assert.Single(signers.Select(s => s.SignerThumbprint).Distinct());
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
        signers.ForEach(s => s.Dispose());
    }

    [Fact]
    public void A_wrong_password_or_none_does_not_reuse_the_file()
    {
        using var first = Signer("kept.pfx", "dev-password");
        using var unkept = Signer("kept.pfx", null);
        Assert.NotEqual(first.SignerThumbprint, unkept.SignerThumbprint);
        using var wrong = Signer("kept.pfx", "another-password");
        Assert.NotEqual(first.SignerThumbprint, wrong.SignerThumbprint);
        using var again = Signer("kept.pfx", "another-password");
        Assert.Equal(wrong.SignerThumbprint, again.SignerThumbprint);
    }

    [Fact]
    public void Production_never_falls_back_to_a_development_certificate()
    {
        Assert.Throws<InvalidOperationException>(() =>
            new LetterSigner(
                Options.Create(new LetterSigningOptions { DevelopmentCertificatePassword = "dev-password" }),
                new HostingEnvironment { EnvironmentName = Environments.Production, ContentRootPath = _folder }
            )
        );
        Assert.False(Directory.Exists(_folder));
    }

    private LetterSigner Signer(string path, string? password) =>
        new(
            Options.Create(new LetterSigningOptions { DevelopmentCertificatePath = path, DevelopmentCertificatePassword = password }),
            new HostingEnvironment { EnvironmentName = Environments.Development, ContentRootPath = _folder }
        );

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
