using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Account;

/// <summary>
/// The small sign-in endpoint Microsoft.Identity.Web.UI would have provided (that package is not served here).
/// Sign-out is a Razor page so that it is a POST protected by antiforgery.
/// </summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/sign-in", (HttpContext http, string? returnUrl, IConfiguration config) =>
            {
                // Without a page to return to, the person lands on their own start page, whatever their role.
                var target = string.IsNullOrEmpty(returnUrl) ? StartPages.Path : LocalUrl.OrHome(returnUrl);
                if (config.GetValue<bool>("Authentication:DevelopmentPersonas"))
                    return Results.Redirect($"/dev/sign-in?returnUrl={Uri.EscapeDataString(target)}");
                return Results.Challenge(
                    new AuthenticationProperties { RedirectUri = target },
                    [OpenIdConnectDefaults.AuthenticationScheme]
                );
            })
            .AllowAnonymous()
            .RequireRateLimiting(Security.RateLimitPolicies.SignIn)
            .ExcludeFromDescription();
        app.MapStartPage();
    }
}
