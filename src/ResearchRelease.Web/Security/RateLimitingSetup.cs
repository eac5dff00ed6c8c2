using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Security;

/// <summary>
/// ASP.NET Core's rate limiter with the named policies of <see cref="RateLimitPolicies"/>: a fixed window of one
/// minute, partitioned by user (or by client address for the public and sign-in endpoints). A refused request
/// gets 429 with Retry-After: problem details for the API, the friendly status page for browsers.
/// </summary>
public static class RateLimitingSetup
{
    public static void AddResearchReleaseRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(options =>
        {
            foreach (var policy in RateLimitPolicies.All)
            {
                var permits = configuration.GetValue(
                    $"RateLimits:{policy}:PermitsPerMinute",
                    RateLimitPolicies.DefaultPermitsPerMinute(policy)
                );
                options.AddPolicy(policy, context =>
                    RateLimitPartition.GetFixedWindowLimiter(
                        $"{policy}:{PartitionKey(context, policy)}",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = permits,
                            Window = TimeSpan.FromMinutes(1),
                            QueueLimit = 0,
                        }
                    )
                );
            }
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
        });
    }

    private static string PartitionKey(HttpContext context, string policy)
    {
        var user = context.User.Identity?.IsAuthenticated == true ? CurrentActor.From(context.User).Subject : null;
        if (!RateLimitPolicies.ByClientAddress(policy) && !string.IsNullOrEmpty(user))
            return "user:" + user;
        return "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (ApiPaths.IsApi(http.Request))
        {
            await Results
                .Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests.",
                    detail: "You have made too many requests. Wait a minute and try again."
                )
                .ExecuteAsync(http);
        }
        // Pages: an empty 429 is re-executed as /status/429 by the status-code-pages middleware.
    }
}
