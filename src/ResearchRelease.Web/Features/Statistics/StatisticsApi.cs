using System.Globalization;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Features.Compliance;

namespace ResearchRelease.Web.Features.Statistics;

/// <summary>GET /how-we-decide.csv: the page's figures for a spreadsheet, one row per quarter and measure, for anyone.</summary>
public static class StatisticsApi
{
    private static readonly IReadOnlyList<string> Header = ["period", "measure", "value"];

    public static void MapStatistics(this IEndpointRouteBuilder app) =>
        app.MapGet("/how-we-decide.csv", async (HttpContext http, DecisionStatistics statistics) =>
            {
                var figures = await statistics.ComputeAsync(http.RequestAborted);
                return Results.Stream(
                    stream => RegisterCsv.WriteAsync(stream, Header, Rows(figures).ToAsyncEnumerable(), r => r, http.RequestAborted),
                    "text/csv; charset=utf-8",
                    "how-we-decide.csv"
                );
            })
            .AllowAnonymous()
            .WithTags("Public statistics")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

    private static IEnumerable<string?[]> Rows(DecisionFigures f)
    {
        foreach (var q in f.Quarters)
        {
            foreach (var kind in FactKinds.Counted)
                yield return [q.Name, kind, q.Count(kind).ToString(CultureInfo.InvariantCulture)];
            yield return [q.Name, "median_working_days", q.MedianDays is { } m ? SvgBars.Number(m) : ""];
            yield return [q.Name, "90th_percentile_working_days", q.Percentile90Days is { } p ? SvgBars.Number(p) : ""];
            yield return [q.Name, "agreed_with_screening", q.Agreed.ToString(CultureInfo.InvariantCulture)];
            yield return [q.Name, "differed_from_screening", q.Disagreed.ToString(CultureInfo.InvariantCulture)];
        }
        yield return ["all", "agreed_with_screening", f.Agreed.ToString(CultureInfo.InvariantCulture)];
        yield return ["all", "differed_from_screening", f.Disagreed.ToString(CultureInfo.InvariantCulture)];
        yield return ["all", "screening_pointed_neither_way", f.NeitherWay.ToString(CultureInfo.InvariantCulture)];
        foreach (var r in f.Reasons)
            yield return
            [
                "all",
                $"refusal_reason: {ScreeningParts.DisplayName(r.Part)}: {r.Reason}",
                r.Count.ToString(CultureInfo.InvariantCulture),
            ];
    }
}
