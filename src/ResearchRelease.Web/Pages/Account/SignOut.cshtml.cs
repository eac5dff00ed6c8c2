using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ResearchRelease.Web.Pages.Account;

/// <summary>Sign-out is a POST (with antiforgery) so that a link elsewhere cannot sign people out.</summary>
[AllowAnonymous]
public sealed class SignOutModel(IConfiguration configuration) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!configuration.GetValue<bool>("Authentication:DevelopmentPersonas") && User.Identity?.IsAuthenticated == true)
            return SignOut(new AuthenticationProperties { RedirectUri = "/account/sign-out" }, OpenIdConnectDefaults.AuthenticationScheme);
        return RedirectToPage();
    }
}
