using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ResearchRelease.Web.Auth;

/// <summary>
/// Development only: <c>X-Dev-Persona: researcher</c> signs a script's or test's request in as that persona. Each request
/// is a fresh sign-in, so its auth_time is now.
/// </summary>
public sealed class PersonaHeaderHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(DevelopmentPersonas.HeaderName, out var value))
            return Task.FromResult(AuthenticateResult.NoResult());
        var persona = DevelopmentPersonas.Find(value.ToString());
        return Task.FromResult(
            persona is null
                ? AuthenticateResult.Fail($"Unknown persona. Use one of: {string.Join(", ", DevelopmentPersonas.All.Select(p => p.Key))}.")
                : AuthenticateResult.Success(
                    new AuthenticationTicket(DevelopmentPersonas.Principal(persona, Scheme.Name, TimeProvider.GetUtcNow()), Scheme.Name)
                )
        );
    }
}
