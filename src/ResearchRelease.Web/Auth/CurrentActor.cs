using System.Security.Claims;
using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Auth;

/// <summary>Turns the signed-in user into the domain's <see cref="Actor"/>. Nothing here is taken from the request body.</summary>
public static class CurrentActor
{
    // Entra ID's stable, tenant-unique user id; "sub" is pairwise per app and NameIdentifier is what dev personas set.
    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public static Actor From(ClaimsPrincipal user)
    {
        var subject = user.FindFirstValue(ObjectIdClaim)
            ?? user.FindFirstValue("oid")
            ?? user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? user.FindFirstValue("sub")
            ?? "";
        var name = user.FindFirstValue("name") ?? user.Identity?.Name ?? "Unknown user";
        var email = user.FindFirstValue(ClaimTypes.Email) ?? user.FindFirstValue("preferred_username") ?? user.FindFirstValue("email");
        var role =
            user.IsInRole(Roles.ChiefStatistician) ? ActorRole.ChiefStatistician
            : user.IsInRole(Roles.ComplianceOfficer) ? ActorRole.ComplianceOfficer
            : user.IsInRole(Roles.DeputyChiefStatistician) ? ActorRole.DeputyChiefStatistician
            : ActorRole.Researcher;
        var designation = Guid.TryParse(user.FindFirstValue(DeputyClaimsTransformation.ClaimType), out var id) ? id : (Guid?)null;
        return new Actor(subject, name, email, role) { DesignationId = role == ActorRole.DeputyChiefStatistician ? designation : null };
    }
}
