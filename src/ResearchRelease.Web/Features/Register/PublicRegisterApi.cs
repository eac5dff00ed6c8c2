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
    [
        "reference",
        "organisation",
        "project_title",
        "purpose",
        "data_items",
        "legal_basis",
        "access_route",
        "start_date",
        "end_date",
        "kind",
        "sector",
        "public_benefit",
        "legal_gateway",
        "linkage",
        "frequency",
        "approval_date",
        "review_date",
        "status",
        "outputs",
    ];

    public static void MapPublicRegister(this IEndpointRouteBuilder app)
    {
        app.MapGet("/register.csv", (HttpContext http, PublicRegister register) =>
            {
                var filter = DisclosureFilter.From(http.Request.Query);
                if (filter.Errors.Count > 0)
                    return Invalid(filter);
                return Results.Stream(
                    stream =>
                        RegisterCsv.WriteAsync(
                            stream,
                            Header,
                            register.StreamAsync(filter, http.RequestAborted),
                            Cells,
                            http.RequestAborted
                        ),
                    "text/csv; charset=utf-8",
                    "disclosures.csv"
                );
            })
            .AllowAnonymous()
            .WithTags("Public register")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();

        app.MapGet("/register.json", async (HttpContext http, PublicRegister register, TimeProvider clock) =>
            {
                var filter = DisclosureFilter.From(http.Request.Query);
                if (filter.Errors.Count > 0)
                    return Invalid(filter);
                var (rows, next) = await register.PageAsync(filter, http.RequestAborted);
                return Results.Stream(
                    stream => PublicRegisterJson.WriteAsync(stream, rows.ToAsyncEnumerable(), next, clock.GetUtcNow(), http.RequestAborted),
                    "application/json; charset=utf-8"
                );
            })
            .AllowAnonymous()
            .WithTags("Public register")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem();
    }

    /// <summary>A 400 naming each query parameter that could not be read (from, to), in words.</summary>
    private static IResult Invalid(DisclosureFilter filter) =>
        Results.ValidationProblem(
            filter.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "The register could not be filtered as asked"
        );

    public static IEnumerable<string?> Cells(PublicRelease r) =>
        [
            r.Reference,
            r.Organisation,
            r.ProjectTitle,
            r.Purpose,
            string.Join("; ", r.DataItems),
            r.LegalBasis,
            r.AccessRoute,
            Iso(r.StartDate),
            r.EndDate is { } e ? Iso(e) : null,
            r.Kind,
            r.Sector,
            r.PublicBenefit,
            r.LegalGateway,
            r.Linkage ? "yes" : "no",
            r.Frequency,
            Iso(DateOnly.FromDateTime(r.ApprovedAt)),
            r.ReviewDate is { } v ? Iso(v) : null,
            r.Status,
            string.Join("; ", r.Outputs.Select(o => $"{o.Title} <{o.Link}>")),
        ];

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
