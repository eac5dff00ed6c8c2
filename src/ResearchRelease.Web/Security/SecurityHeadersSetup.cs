namespace ResearchRelease.Web.Security;

/// <summary>
/// The response headers every page and API answer carries. The Content-Security-Policy allows only this
/// origin's own files: the layout loads <c>/js/init.js</c> as a module and GOV.UK Frontend's CSS, fonts and
/// images from <c>/lib/govuk</c>, with no inline script or style anywhere, so no 'unsafe-inline' is needed.
/// </summary>
public static class SecurityHeadersSetup
{
    public static HeaderPolicyCollection Policies(IWebHostEnvironment environment, IConfiguration configuration)
    {
        var policies = new HeaderPolicyCollection()
            .AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(b => b.SameOrigin())
            // Only features Chromium recognises (the library's default set includes ones it warns about).
            .AddPermissionsPolicy(p =>
            {
                p.AddCamera().None();
                p.AddMicrophone().None();
                p.AddGeolocation().None();
                p.AddPayment().None();
                p.AddUsb().None();
            })
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
                csp.AddImgSrc().Self();
                csp.AddFontSrc().Self();
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFrameAncestors().None();
                // Sign-out is a form POST that the identity provider finishes, so its origin may be a form target.
                var formAction = csp.AddFormAction().Self();
                var identityProvider = IdentityProviderOrigin(configuration);
                if (identityProvider is not null)
                    formAction.From(identityProvider);
            });
        // Outside Development the site is only ever served over HTTPS; locally it runs on plain http://localhost.
        if (!environment.IsDevelopment())
            policies.AddStrictTransportSecurityMaxAgeIncludeSubDomains(maxAgeInSeconds: 365 * 24 * 60 * 60);
        return policies;
    }

    private static string? IdentityProviderOrigin(IConfiguration configuration)
    {
        if (configuration.GetValue<bool>("Authentication:DevelopmentPersonas"))
            return null;
        var instance = configuration["AzureAd:Instance"] ?? configuration["AzureAd:Authority"];
        return Uri.TryCreate(instance, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
    }
}
