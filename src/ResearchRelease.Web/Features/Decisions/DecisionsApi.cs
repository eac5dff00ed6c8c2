using System.Globalization;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Api;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Features.Compliance;

namespace ResearchRelease.Web.Features.Decisions;

/// <summary>The Chief Statistician's queue and decisions; compliance's register and records.</summary>
public static class DecisionsApi
{
    public static void MapDecisionsApi(this IEndpointRouteBuilder app)
    {
        // The Chief Statistician, or a deputy while their designation is in force.
        var chief = app.MapGroup("/api").RequireAuthorization(Policies.Decider).WithTags("Chief Statistician");

        chief
            .MapGet("/queue", async (string? after, int? size, ApplicationReader reader, CancellationToken ct) =>
                Cursor(after) is { } problem ? problem : Results.Ok(await reader.QueueAsync(Parsed(after), ListCursor.Size(size), ct))
            )
            .Produces<ListPage<QueueEntry>>()
            .ProducesValidationProblem();

        chief
            .MapPost(
                "/applications/{id:guid}/decision",
                async (
                    Guid id,
                    HttpContext http,
                    ApplicationService service,
                    ApplicationStore store,
                    RecentSignIn recent,
                    CancellationToken ct
                ) =>
                {
                    if (!recent.IsRecent(http.User))
                        return StaleSignIn(http, recent);
                    var (body, problem) = await JsonBody.ReadAsync<DecisionBody>(http.Request, ct);
                    if (problem is not null)
                        return problem;
                    DateOnly? endDate = null;
                    if (!string.IsNullOrWhiteSpace(body!.EndDate))
                    {
                        if (
                            !DateOnly.TryParseExact(
                                body.EndDate,
                                "yyyy-MM-dd",
                                CultureInfo.InvariantCulture,
                                DateTimeStyles.None,
                                out var parsed
                            )
                        )
                            return Problems.Field("endDate", "Enter the end date as YYYY-MM-DD, for example 2028-03-31.");
                        endDate = parsed;
                    }
                    // Without an explicit version the API decides on the application as it stands now; the unique event
                    // sequence still stops two concurrent decisions from both landing.
                    var version = body.ExpectedVersion ?? (await store.LoadAsync(id, ct))?.State.Version ?? 0;
                    var result = await service.DecideAsync(
                        CurrentActor.From(http.User),
                        id,
                        new DecisionRequest(body.Outcome, body.Reasons, body.Conditions, endDate, version),
                        ct
                    );
                    return result.Succeeded
                        ? Results.Ok(
                            new
                            {
                                id,
                                status = result.State!.Status.ToString(),
                                outcome = result.State.CurrentRoundDecision!.Outcome,
                            }
                        )
                        : Problems.From(result);
                }
            )
            .ProducesValidationProblem()
            .RequireRateLimiting(Security.RateLimitPolicies.Decision);

        var compliance = app.MapGroup("/api/decisions").RequireAuthorization(Policies.Compliance).WithTags("Compliance");

        compliance
            .MapGet("/", async (string? after, int? size, ApplicationReader reader, CancellationToken ct) =>
                Cursor(after) is { } problem ? problem : Results.Ok(await reader.DecisionsAsync(Parsed(after), ListCursor.Size(size), ct))
            )
            .Produces<ListPage<RegisterEntry>>()
            .ProducesValidationProblem();

        compliance
            .MapGet("/{reference}/record", async (string reference, DecisionRecordBuilder records, CancellationToken ct) =>
            {
                var record = await records.BuildAsync(reference, ct);
                return record is null ? Problems.NotFound() : Results.Json(record, EventSerializer.Options, "application/json");
            })
            .Produces<DecisionRecord>();
    }

    /// <summary>A cursor given and not one of ours is refused rather than read as the first page.</summary>
    private static IResult? Cursor(string? after) =>
        after is null || ListCursor.TryDecode(after, out _)
            ? null
            : Problems.Field("after", "The page cursor is not valid: use the \"next\" value of the previous page.");

    private static ListCursor? Parsed(string? after) => ListCursor.TryDecode(after, out var cursor) ? cursor : null;

    /// <summary>
    /// The step-up answer of RFC 9470: 401 with <c>insufficient_user_authentication</c> and the max_age to sign in within.
    /// Nothing is recorded; the client signs in again (/account/sign-in) and repeats the request.
    /// </summary>
    private static IResult StaleSignIn(HttpContext http, RecentSignIn recent)
    {
        var seconds = (int)recent.MaxAge.TotalSeconds;
        http.Response.Headers.WWWAuthenticate =
            $"Bearer error=\"insufficient_user_authentication\", error_description=\"Sign in again to sign a decision\", max_age={seconds}";
        return Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Sign in again to sign a decision.",
            detail: $"Signing a decision needs a sign-in within the last {recent.MaxAge.TotalMinutes:0} minutes. Sign in again at /account/sign-in, then repeat the request."
        );
    }
}
