using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Api;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>
/// Standing shares over JSON: compliance drafts, submits and proposes renewals; the Chief Statistician (or a designated
/// deputy, with a recent sign-in as for applications) decides. Who acts comes from the sign-in, never the body.
/// </summary>
public static class StandingSharesApi
{
    public static void MapStandingSharesApi(this IEndpointRouteBuilder app)
    {
        var readers = app.MapGroup("/api/standing-shares").RequireAuthorization(Policies.ShareReaders).WithTags("Standing shares");
        readers.MapGet("/", async (AppDbContext db, CancellationToken ct) => Results.Ok(
                await db
                    .StandingShares.AsNoTracking()
                    .OrderBy(s => s.RecipientBody)
                    .ThenBy(s => s.Reference)
                    .Select(s => new
                    {
                        s.Id,
                        s.Reference,
                        s.RecipientBody,
                        Status = s.Status.ToString(),
                        s.ReviewDate,
                        s.AgreementEnd,
                        s.ReviewOverdue,
                    })
                    .ToListAsync(ct)
            ));
        readers.MapGet("/{id:guid}", async (Guid id, HttpContext http, StandingShareStore store, CancellationToken ct) =>
            await store.LoadAsync(id, ct) is { } loaded
                ? Results.Json(ShareView.From(id, loaded.State, CurrentActor.From(http.User)), EventSerializer.Options)
                : Problems.NotFound()
        );

        var compliance = app.MapGroup("/api/standing-shares").RequireAuthorization(Policies.Compliance).WithTags("Standing shares");
        compliance.MapPost("/", (HttpContext http, StandingShareService service, CancellationToken ct) =>
            Run(http, body => service.CreateAsync(CurrentActor.From(http.User), body.Terms ?? new(), ct), ct, created: true)
        );
        compliance.MapPut("/{id:guid}/terms", (Guid id, HttpContext http, StandingShareService service, CancellationToken ct) =>
            Run(http, body => service.UpdateTermsAsync(CurrentActor.From(http.User), id, body.Terms ?? new(), body.ExpectedVersion, ct), ct)
        );
        compliance.MapPost("/{id:guid}/submission", (Guid id, HttpContext http, StandingShareService service, CancellationToken ct) =>
            Run(http, body => service.SubmitAsync(CurrentActor.From(http.User), id, body.ExpectedVersion, ct), ct)
        );
        compliance.MapPost("/{id:guid}/renewal", (Guid id, HttpContext http, StandingShareService service, CancellationToken ct) =>
            Run(
                http,
                body => service.ProposeRenewalAsync(CurrentActor.From(http.User), id, body.Terms ?? new(), body.ExpectedVersion, ct),
                ct
            )
        );

        var deciders = app.MapGroup("/api/standing-shares").RequireAuthorization(Policies.Decider).WithTags("Standing shares");
        deciders
            .MapPost(
                "/{id:guid}/decision",
                (Guid id, HttpContext http, StandingShareService service, RecentSignIn recent, CancellationToken ct) =>
                    recent.IsRecent(http.User)
                        ? Run(
                            http,
                            body =>
                                service.DecideAsync(CurrentActor.From(http.User), id, body.Outcome, body.Reasons, body.ExpectedVersion, ct),
                            ct
                        )
                        : Task.FromResult(
                            Results.Problem(
                                statusCode: StatusCodes.Status401Unauthorized,
                                title: "Sign in again to sign a decision.",
                                detail: "Signing a decision needs a recent sign-in. Sign in again at /account/sign-in, then repeat the request."
                            )
                        )
            )
            .RequireRateLimiting(Security.RateLimitPolicies.Decision);
    }

    private static async Task<IResult> Run(
        HttpContext http,
        Func<ShareBody, Task<ShareResult>> command,
        CancellationToken ct,
        bool created = false
    )
    {
        var (body, problem) = await JsonBody.ReadAsync<ShareBody>(http.Request, ct);
        if (problem is not null)
            return problem;
        var result = await command(body!);
        if (!result.Succeeded)
            return Problems.From(new ServiceResult(result.Failure, result.Message, result.Field, null));
        var answer = new
        {
            id = result.Id,
            reference = result.State!.Reference,
            status = result.State.Status.ToString(),
            version = result.State.Version,
        };
        return created ? Results.Created($"/api/standing-shares/{result.Id}", answer) : Results.Ok(answer);
    }
}
