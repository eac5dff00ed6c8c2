using System.Globalization;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Deputies;
using ResearchRelease.Web.Api;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Deputies;

/// <summary>
/// The Chief Statistician designates and revokes a deputy; the Chief Statistician and compliance read the designations
/// and the log. Compliance changes nothing.
/// </summary>
public static class DeputiesApi
{
    public sealed record DesignationBody(
        string? DeputySubject,
        string? DeputyName,
        string? DeputyEmail,
        string? DeputyTitle,
        string? From,
        string? Until,
        string? Reason
    );

    public sealed record RevocationBody(string? Reason);

    public static void MapDeputiesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/deputies", async (DesignationStore store, CancellationToken ct) =>
            {
                var rows = await store.RowsAsync(ct);
                var today = store.Today();
                return Results.Ok(
                    new
                    {
                        designations = DesignationStore
                            .Fold(rows)
                            .Select(d => new
                            {
                                d.Id,
                                d.DeputySubject,
                                d.DeputyName,
                                d.DeputyEmail,
                                d.DeputyTitle,
                                d.From,
                                d.Until,
                                d.Reason,
                                d.DesignatedByName,
                                d.DesignatedAt,
                                d.RevokedAt,
                                d.RevokedByName,
                                d.RevocationReason,
                                status = d.StatusOn(today).ToString(),
                            }),
                        log = rows.Select(r => new
                        {
                            r.Sequence,
                            r.DesignationId,
                            r.Type,
                            r.ActorName,
                            r.OccurredAt,
                            r.PreviousHash,
                            r.Hash,
                        }),
                        chainIntact = DesignationStore.FirstBroken(rows) is null,
                    }
                );
            })
            .RequireAuthorization(Policies.Staff)
            .WithTags("Deputies");

        var chief = app.MapGroup("/api/deputies").RequireAuthorization(Policies.ChiefStatistician).WithTags("Deputies");

        chief
            .MapPost("/", async (HttpContext http, DesignationService service, CancellationToken ct) =>
            {
                var (body, problem) = await JsonBody.ReadAsync<DesignationBody>(http.Request, ct);
                if (problem is not null)
                    return problem;
                var (from, fromError) = Day(body!.From, "from");
                if (fromError is not null)
                    return fromError;
                var (until, untilError) = Day(body.Until, "until");
                if (untilError is not null)
                    return untilError;
                var outcome = await service.DesignateAsync(
                    CurrentActor.From(http.User),
                    new DesignationRequest(
                        body.DeputySubject,
                        body.DeputyName,
                        body.DeputyEmail,
                        body.DeputyTitle,
                        from,
                        until,
                        body.Reason
                    ),
                    ct
                );
                return outcome.Succeeded ? Results.Created("/api/deputies", new { id = outcome.Event!.DesignationId }) : From(outcome);
            })
            .ProducesValidationProblem();

        chief
            .MapPost("/{id:guid}/revoke", async (Guid id, HttpContext http, DesignationService service, CancellationToken ct) =>
            {
                var (body, problem) = await JsonBody.ReadAsync<RevocationBody>(http.Request, ct);
                if (problem is not null)
                    return problem;
                var outcome = await service.RevokeAsync(CurrentActor.From(http.User), id, body!.Reason, ct);
                return outcome.Succeeded ? Results.Ok(new { id, status = nameof(DesignationStatus.Revoked) }) : From(outcome);
            })
            .ProducesValidationProblem();
    }

    private static (DateOnly? Value, IResult? Problem) Day(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
            return (null, null);
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (day, null)
            : (null, Problems.Field(field, "Enter the date as YYYY-MM-DD, for example 2027-04-01."));
    }

    private static IResult From(DesignationOutcome outcome) =>
        outcome.Failure switch
        {
            CommandFailure.NotFound => Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found.",
                detail: outcome.Message
            ),
            CommandFailure.Forbidden => Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Forbidden.",
                detail: outcome.Message
            ),
            CommandFailure.Conflict => Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Conflict.",
                detail: outcome.Message
            ),
            _ => Problems.Field(outcome.Field ?? "body", outcome.Message ?? "Not valid."),
        };
}
