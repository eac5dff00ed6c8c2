using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using ResearchRelease.Domain.Deputies;
using ResearchRelease.Web.Features.Deputies;

namespace ResearchRelease.Web.Auth;

/// <summary>
/// A signed-in deputy carries the id of the designation in force today as a claim, read from the log on every request
/// (deputies only; the log is a handful of rows), so that a revocation takes effect at once. The Decider policy and
/// <see cref="CurrentActor"/> use the claim; the decision itself checks the designation again when it is recorded.
/// The store comes from the request's services only for a deputy: authentication builds this for every request, and
/// the store holds a database context, which the other requests (most, and every anonymous one) would rent for nothing.
/// </summary>
public sealed class DeputyClaimsTransformation(IServiceProvider requestServices) : IClaimsTransformation
{
    public const string ClaimType = "rr_designation";
    private const string Checked = "rr_designation_checked";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (!principal.IsInRole(Roles.DeputyChiefStatistician) || principal.HasClaim(c => c.Type == Checked))
            return principal;
        var subject = CurrentActor.From(principal).Subject;
        var store = requestServices.GetRequiredService<DesignationStore>();
        var active = DesignationLog.ActiveFor(await store.DesignationsAsync(CancellationToken.None), subject, store.Today());
        var identity = new ClaimsIdentity([new Claim(Checked, "true")]);
        if (active is not null)
            identity.AddClaim(new Claim(ClaimType, active.Id.ToString("D", CultureInfo.InvariantCulture)));
        var transformed = principal.Clone();
        transformed.AddIdentity(identity);
        return transformed;
    }
}
