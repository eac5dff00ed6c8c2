using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Features.Account;

namespace ResearchRelease.Web.Features.Dev;

/// <summary>Persona sign-in for local runs. Answers 404 unless persona sign-in is on (which only Development allows).</summary>
[AllowAnonymous]
public sealed class SignInModel(IConfiguration configuration, TimeProvider clock) : PageModel
{
    public string ReturnUrl { get; private set; } = "/";

    public IActionResult OnGet(string? returnUrl)
    {
        if (!Enabled)
            return NotFound();
        ReturnUrl = LocalUrl.OrHome(returnUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? persona, string? returnUrl)
    {
        if (!Enabled)
            return NotFound();
        var chosen = DevelopmentPersonas.Find(persona);
        if (chosen is null)
        {
            ReturnUrl = LocalUrl.OrHome(returnUrl);
            ModelState.AddModelError("persona", "Choose a persona.");
            return Page();
        }
        await HttpContext.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            DevelopmentPersonas.Principal(chosen, CookieAuthenticationDefaults.AuthenticationScheme, clock.GetUtcNow())
        );
        var target = LocalUrl.OrHome(returnUrl);
        if (target is "/" or StartPages.Path)
            target = StartPages.ForRole(chosen.Role);
        return LocalRedirect(target);
    }

    private bool Enabled => configuration.GetValue<bool>("Authentication:DevelopmentPersonas");
}
