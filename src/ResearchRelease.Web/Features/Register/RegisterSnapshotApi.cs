using System.Text;

namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// GET /register/snapshots/{quarter}.csv|.json and their .sha256 files (in the form <c>sha256sum -c</c> reads): the register
/// as at the end of a finished quarter, for anyone. A quarter not finished, not yet on the register, or not a quarter at
/// all is a 404 that says which.
/// </summary>
public static class RegisterSnapshotApi
{
    private static readonly string[] Formats = [".csv.sha256", ".json.sha256", ".csv", ".json"];

    public static void MapRegisterSnapshots(this IEndpointRouteBuilder app)
    {
        app.MapGet(
                "/register/snapshots/{file}",
                async (string file, RegisterSnapshots snapshots, TimeProvider clock, CancellationToken ct) =>
                {
                    var format = Formats.FirstOrDefault(f => file.EndsWith(f, StringComparison.Ordinal));
                    var quarter = format is null ? null : RegisterQuarter.Parse(file[..^format.Length]);
                    if (format is null || quarter is null)
                        return NotFound(
                            "There is no such snapshot. Snapshots are named by year and quarter, for example 2026-q3.csv or 2026-q3.json."
                        );
                    var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                    if (!quarter.IsFinishedOn(today))
                        return NotFound(
                            $"{quarter.Words} has not finished yet. A quarter's snapshot can be downloaded once the quarter has ended."
                        );
                    if (!(await snapshots.AvailableAsync(ct)).Contains(quarter))
                        return NotFound($"There is no snapshot for {quarter.Words}: no disclosure had been approved by the end of it.");
                    var snapshot = (await snapshots.GetAsync(quarter, ct))!;
                    var name = $"register-of-disclosures-{quarter.Slug}";
                    return format switch
                    {
                        ".csv" => Results.File(snapshot.Csv, "text/csv; charset=utf-8", name + ".csv"),
                        ".json" => Results.File(snapshot.Json, "application/json; charset=utf-8", name + ".json"),
                        ".csv.sha256" => Results.Text($"{snapshot.CsvSha256}  {name}.csv\n", "text/plain; charset=utf-8", Encoding.UTF8),
                        _ => Results.Text($"{snapshot.JsonSha256}  {name}.json\n", "text/plain; charset=utf-8", Encoding.UTF8),
                    };
                }
            )
            .AllowAnonymous()
            .WithTags("Public register")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult NotFound(string detail) =>
        Results.Problem(title: "No snapshot for that quarter", detail: detail, statusCode: StatusCodes.Status404NotFound);
}
