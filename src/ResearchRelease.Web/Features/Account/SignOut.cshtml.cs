using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Account;

/// <summary>
/// Sign-out is a POST (with antiforgery) so that a link elsewhere cannot sign people out. Signing out deletes the
/// session's server-side row (<see cref="DatabaseTicketStore"/>), so a copy of the cookie stops working at once.
/// </summary>
[AllowAnonymous]
public sealed class SignOutModel(IConfiguration configuration, DatabaseTicketStore sessions) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!configuration.GetValue<bool>("Authentication:DevelopmentPersonas") && User.Identity?.IsAuthenticated == true)
            return SignOut(new AuthenticationProperties { RedirectUri = "/account/sign-out" }, OpenIdConnectDefaults.AuthenticationScheme);
        return RedirectToPage();
    }

    /// <summary>Ends every session of this user, on every device and node, then this one as usual.</summary>
    public async Task<IActionResult> OnPostEverywhereAsync()
    {
        if (User.Identity?.IsAuthenticated == true && CurrentActor.From(User).Subject is { Length: > 0 } subject)
            await sessions.RemoveAllForAsync(subject);
        return await OnPostAsync();
    }
}
