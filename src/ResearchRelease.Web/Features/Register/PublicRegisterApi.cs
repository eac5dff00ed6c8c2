using System.Globalization;
using ResearchRelease.Web.Features.Compliance;

namespace ResearchRelease.Web.Features.Register;

/// <summary>GET /register.csv: the public register of approved releases for anyone, streamed.</summary>
public static class PublicRegisterApi
{
    private static readonly IReadOnlyList<string> Header =
        ["reference", "organisation", "project_title", "purpose", "data_items", "legal_basis", "access_route", "start_date", "end_date"];

    public static void MapPublicRegister(this IEndpointRouteBuilder app) =>
        app.MapGet("/register.csv", (HttpContext http, PublicRegister register) =>
            Results.Stream(stream => RegisterCsv.WriteAsync(stream, Header, register.ApprovedAsync(http.RequestAborted), Cells, http.RequestAborted),
                "text/csv; charset=utf-8", "approved-releases.csv"))
        .AllowAnonymous()
        .WithTags("Public register")
        .Produces(StatusCodes.Status200OK, contentType: "text/csv");

    private static IEnumerable<string?> Cells(PublicRelease r) =>
        [r.Reference, r.Organisation, r.ProjectTitle, r.Purpose, string.Join("; ", r.DataItems), r.LegalBasis, r.AccessRoute,
         r.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
}
