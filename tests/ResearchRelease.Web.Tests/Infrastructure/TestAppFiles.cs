using Microsoft.AspNetCore.Hosting;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// One persisted development signing certificate and audit key for every test app, and each database's anchor file,
/// in the temporary folder: Development keeps them under the content root, which for an in-process test app is the
/// source tree.
/// </summary>
public static class TestAppFiles
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "rr-tests");

    public static readonly string AuditKeyPath = Path.Combine(Folder, "audit-chain-development.key");

    public static void Use(IWebHostBuilder builder)
    {
        builder.UseSetting("Letters:Signing:DevelopmentCertificatePath", Path.Combine(Folder, "letter-signing-development.pfx"));
        builder.UseSetting("Audit:DevelopmentKeyPath", AuditKeyPath);
        builder.UseSetting("Audit:AnchorDirectory", Path.Combine(Folder, "anchors"));
    }
}
