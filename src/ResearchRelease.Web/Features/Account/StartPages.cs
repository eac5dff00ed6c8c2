using System.Security.Claims;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Account;

/// <summary>
/// Where each person starts after signing in: their own work, not a page their role cannot open. A person with
/// several roles starts at the first that applies, in the order of this list.
/// </summary>
public static class StartPages
{
    public const string Path = "/start";

    private static readonly (string Role, string Page)[] ByRole =
    [
        (Roles.ChiefStatistician, "/decisions"),
        (Roles.DeputyChiefStatistician, "/decisions"),
        (Roles.ComplianceOfficer, "/compliance"),
        (Roles.ServiceAdministrator, "/compliance/process/instances"),
        (Roles.Researcher, "/applications"),
    ];

    public static string For(ClaimsPrincipal user) => ByRole.FirstOrDefault(r => user.IsInRole(r.Role)).Page ?? "/";

    public static string ForRole(string role) => ByRole.FirstOrDefault(r => r.Role == role).Page ?? "/";

    public static void MapStartPage(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, (HttpContext http) => Results.LocalRedirect(For(http.User))).RequireAuthorization().ExcludeFromDescription();
}
