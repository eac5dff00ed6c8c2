using Microsoft.AspNetCore.Authorization;

namespace ResearchRelease.Web.Auth;

public static class AuthorizationSetup
{
    public static IServiceCollection AddResearchReleaseAuthorization(this IServiceCollection services) =>
        services
            .AddAuthorizationBuilder()
            // Everything needs a signed-in user unless it says otherwise ([AllowAnonymous] / AllowAnonymous()).
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Researcher, p => p.RequireRole(Roles.Researcher))
            .AddPolicy(Policies.ChiefStatistician, p => p.RequireRole(Roles.ChiefStatistician))
            .AddPolicy(Policies.Compliance, p => p.RequireRole(Roles.ComplianceOfficer))
            .AddPolicy(Policies.Decider, p =>
                p.RequireAssertion(c =>
                    c.User.IsInRole(Roles.ChiefStatistician)
                    || (
                        c.User.IsInRole(Roles.DeputyChiefStatistician)
                        && c.User.HasClaim(x => x.Type == DeputyClaimsTransformation.ClaimType)
                    )
                )
            )
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.ChiefStatistician, Roles.ComplianceOfficer))
            .AddPolicy(Policies.ServiceAdministrator, p => p.RequireRole(Roles.ServiceAdministrator))
            .AddPolicy(Policies.ProcessObservers, p => p.RequireRole(Roles.ComplianceOfficer, Roles.ServiceAdministrator))
            .AddPolicy(Policies.ShareReaders, p =>
                p.RequireAssertion(c =>
                    c.User.IsInRole(Roles.ComplianceOfficer)
                    || c.User.IsInRole(Roles.ChiefStatistician)
                    || (
                        c.User.IsInRole(Roles.DeputyChiefStatistician)
                        && c.User.HasClaim(x => x.Type == DeputyClaimsTransformation.ClaimType)
                    )
                )
            )
            .Services;
}
