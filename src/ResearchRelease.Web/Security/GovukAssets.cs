using Microsoft.Extensions.FileProviders;

namespace ResearchRelease.Web.Security;

/// <summary>
/// GOV.UK Frontend's compiled CSS asks for its fonts and images at <c>/assets/...</c>; the build copies them to
/// <c>/lib/govuk/assets</c>. Serving that folder at <c>/assets</c> too keeps every asset on this origin (so the
/// CSP's 'self' covers it) without rebuilding the CSS.
/// </summary>
public static class GovukAssets
{
    public static void UseGovukAssetsAtRoot(this WebApplication app)
    {
        var folder = Path.Combine(app.Environment.WebRootPath ?? "", "lib", "govuk", "assets");
        if (!Directory.Exists(folder))
            return;
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = "/assets" });
    }
}
