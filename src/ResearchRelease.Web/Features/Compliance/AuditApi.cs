using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>GET /api/audit/verify: compliance checks the whole record's hash chains on demand.</summary>
public static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit/verify", async (AuditVerifier verifier, CancellationToken ct) => Results.Ok(await verifier.VerifyAsync(ct)))
            .RequireAuthorization(Policies.Compliance)
            .WithTags("Compliance")
            .Produces<AuditReport>();
}
