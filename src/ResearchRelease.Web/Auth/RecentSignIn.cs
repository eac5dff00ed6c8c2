using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace ResearchRelease.Web.Auth;

public sealed class RecentSignInOptions
{
    public const string Section = "Authentication:RecentSignIn";

    /// <summary>How long ago the signer may have proved who they are; 10 minutes unless configured.</summary>
    [Range(1, 1440)]
    public int MaxAgeMinutes { get; set; } = 10;

    public TimeSpan MaxAge => TimeSpan.FromMinutes(Math.Max(1, MaxAgeMinutes));
}

/// <summary>
/// Signing a decision demands a recent sign-in, so that an unattended session cannot be used to sign. The time of
/// authentication is the <c>auth_time</c> claim: from the provider's id token in production (or, when the provider
/// sends none, the time the app received the token), and the time of persona sign-in in Development. A session
/// without one is treated as stale. Cookie renewal does not change it, so a sliding session cannot freshen itself.
/// </summary>
public sealed class RecentSignIn(IOptions<RecentSignInOptions> options, TimeProvider clock)
{
    public const string ClaimType = "auth_time";

    public TimeSpan MaxAge => options.Value.MaxAge;

    public static DateTimeOffset? AuthenticatedAt(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimType), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public bool IsRecent(ClaimsPrincipal user) => AuthenticatedAt(user) is { } at && clock.GetUtcNow() - at <= MaxAge;

    public static Claim ClaimFor(DateTimeOffset at) =>
        new(ClaimType, at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    /// <summary>The challenge that makes the provider authenticate the user again (OpenID Connect max_age and prompt=login).</summary>
    public OpenIdConnectChallengeProperties Challenge(string returnUrl) =>
        new()
        {
            RedirectUri = LocalUrl.OrHome(returnUrl),
            MaxAge = MaxAge,
            Prompt = "login",
        };
}
