using System.Globalization;
using ResearchRelease.Web.Features.Compliance;

namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// GET /register.csv and /register.json: the public register of disclosures for anyone, with the page's filters, streamed.
/// The JSON is one page at a time (keyset, <c>next</c> is the cursor for <c>?after=</c>); the CSV is every matching row.
/// </summary>
public static class PublicRegisterApi
{
    public static readonly IReadOnlyList<string> Header =
        ["reference", "organisation", "project_title", "purpose", "data_items", "legal_basis", "access_route", "start_date", "end_date",
         "kind", "sector", "public_benefit", "legal_gateway", "linkage", "frequency", "approval_date", "review_date", "status", "outputs"];

    public static void MapPublicRegister(this IEndpointRouteBuilder app)
    {
        app.MapGet("/register.csv", (HttpContext http, PublicRegister register) =>
            Results.Stream(stream => RegisterCsv.WriteAsync(stream, Header, register.StreamAsync(DisclosureFilter.From(http.Request.Query),
                http.RequestAborted), Cells, http.RequestAborted), "text/csv; charset=utf-8", "disclosures.csv"))
        .AllowAnonymous()
        .WithTags("Public register")
        .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        app.MapGet("/register.json", async (HttpContext http, PublicRegister register, TimeProvider clock) =>
        {
            var (rows, next) = await register.PageAsync(DisclosureFilter.From(http.Request.Query), http.RequestAborted);
            return Results.Stream(stream => PublicRegisterJson.WriteAsync(stream, rows.ToAsyncEnumerable(), next, clock.GetUtcNow(), http.RequestAborted),
                "application/json; charset=utf-8");
        })
        .AllowAnonymous()
        .WithTags("Public register")
        .Produces(StatusCodes.Status200OK, contentType: "application/json");
    }

    public static IEnumerable<string?> Cells(PublicRelease r) =>
        [r.Reference, r.Organisation, r.ProjectTitle, r.Purpose, string.Join("; ", r.DataItems), r.LegalBasis, r.AccessRoute,
         Iso(r.StartDate), r.EndDate is { } e ? Iso(e) : null, r.Kind, r.Sector, r.PublicBenefit, r.LegalGateway, r.Linkage ? "yes" : "no",
         r.Frequency, Iso(DateOnly.FromDateTime(r.ApprovedAt)), r.ReviewDate is { } v ? Iso(v) : null, r.Status,
         string.Join("; ", r.Outputs.Select(o => $"{o.Title} <{o.Link}>"))];

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
