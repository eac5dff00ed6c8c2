using ResearchRelease.Web.Security;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>A shared SQLite app without effective rate limits, for a test that signs in or uploads dozens of times.</summary>
public sealed class UnthrottledApp()
    : SharedApp("Sqlite", RateLimitPolicies.All.ToDictionary(p => $"RateLimits:{p}:PermitsPerMinute", _ => "100000"));
