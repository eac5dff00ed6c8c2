namespace ResearchRelease.Web.Security;

/// <summary>
/// The named rate-limit policies. Attach one to an endpoint with <c>.RequireRateLimiting(RateLimitPolicies.X)</c>
/// (minimal API) or through <see cref="RateLimitingSetup"/>'s page conventions (Razor Pages). Limits come from
/// the <c>RateLimits:&lt;policy&gt;</c> configuration section, so tests and operators can tighten them.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>/dev/sign-in and /account/sign-in, per client address: slows password-spraying and redirect floods.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Submitting for screening and asking for a screening result, per signed-in user.</summary>
    public const string Screening = "screening";

    /// <summary>The Chief Statistician's decision endpoint and page, per signed-in user.</summary>
    public const string Decision = "decision";

    /// <summary>Public letter verification (/verify, /api/verify), per client address: stops reference enumeration.</summary>
    public const string Verification = "verification";

    /// <summary>Attachment uploads, per signed-in user.</summary>
    public const string Uploads = "uploads";

    public static IReadOnlyList<string> All { get; } = [SignIn, Screening, Decision, Verification, Uploads];

    /// <summary>Default permits per minute; generous for a person, small for a script.</summary>
    public static int DefaultPermitsPerMinute(string policy) =>
        policy switch
        {
            SignIn => 20,
            Verification => 30,
            Uploads => 20,
            _ => 60,
        };

    /// <summary>Policies whose partition is the client address rather than the signed-in user.</summary>
    public static bool ByClientAddress(string policy) => policy is SignIn or Verification;
}
