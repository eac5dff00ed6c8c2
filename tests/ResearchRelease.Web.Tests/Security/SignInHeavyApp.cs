using ResearchRelease.Web.Security;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>A shared SQLite app whose sign-in rate limit does not stop a test that signs in dozens of times.</summary>
public sealed class SignInHeavyApp() : SharedApp("Sqlite", new Dictionary<string, string>
{
    [$"RateLimits:{RateLimitPolicies.SignIn}:PermitsPerMinute"] = "100000",
});
