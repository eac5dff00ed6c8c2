using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Api;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Features.Screening;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>
/// Compliance exports of the decision register (CSV and JSON, both streamed, both taking the register's
/// search filters) and the per-record ZIP bundle.
/// </summary>
public static class RegisterExportsApi
{
    public static void MapRegisterExports(this IEndpointRouteBuilder app)
    {
        var compliance = app.MapGroup("/api").RequireAuthorization(Policies.Compliance).WithTags("Compliance");

        compliance
            .MapGet("/decisions.csv", (HttpContext http, RegisterQuery register, ScreeningService screening) =>
            {
                var (filter, errors) = RegisterFilter.Parse(http.Request.Query, screening.Catalogue);
                if (errors.Count > 0)
                    return Problems.Fields(errors);
                var rows = register.AllAsync(filter, http.RequestAborted);
                return Results.Stream(
                    stream =>
                        RegisterCsv.WriteAsync(stream, RegisterCsv.RegisterHeader, rows, RegisterCsv.RegisterCells, http.RequestAborted),
                    "text/csv; charset=utf-8",
                    "decision-register.csv"
                );
            })
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        // System.Text.Json writes an IAsyncEnumerable as a JSON array element by element, flushing as it goes.
        compliance
            .MapGet("/decisions.json", (HttpContext http, RegisterQuery register, ScreeningService screening) =>
            {
                var (filter, errors) = RegisterFilter.Parse(http.Request.Query, screening.Catalogue);
                return errors.Count > 0
                    ? Problems.Fields(errors)
                    : Results.Json(register.AllAsync(filter, http.RequestAborted), EventSerializer.Options);
            })
            .Produces<List<RegisterRow>>();

        compliance
            .MapGet(
                "/decisions/{reference}/bundle.zip",
                async (string reference, DecisionRecordBuilder records, TimeProvider clock, CancellationToken ct) =>
                {
                    var record = await records.BuildAsync(reference, ct);
                    if (record is null)
                        return Problems.NotFound();
                    var zip = RecordBundle.Build(record, clock.GetUtcNow().UtcDateTime);
                    return Results.File(zip, "application/zip", $"{record.Reference}-decision-record.zip");
                }
            )
            .Produces(StatusCodes.Status200OK, contentType: "application/zip");
    }
}
