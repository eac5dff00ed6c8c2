using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Api;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>The researcher's journey over JSON: draft, edit, submit, withdraw, read, download the letter.</summary>
public static class ApplicationsApi
{
    public static void MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var researcher = app.MapGroup("/api/applications").RequireAuthorization(Policies.Researcher).WithTags("Applications");

        researcher
            .MapPost("/", async (HttpContext http, ApplicationService service, CancellationToken ct) =>
            {
                var (form, problem) = await JsonBody.ReadAsync<ApplicationForm>(http.Request, ct);
                if (problem is not null)
                    return problem;
                var errors = ApplicationFormValidator.Validate(form!);
                if (errors.Count > 0)
                    return Problems.Fields(errors);
                var created = await service.CreateDraftAsync(CurrentActor.From(http.User), form!, ct);
                return created is { } c
                    ? Results.Created($"/api/applications/{c.Id}", new { id = c.Id, reference = c.Reference })
                    : Results.Forbid();
            })
            .Produces(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        researcher.MapGet("/", async (HttpContext http, ApplicationReader reader, CancellationToken ct) => Results.Ok(
                (await reader.ForOwnerAsync(CurrentActor.From(http.User).Subject, ct)).Select(a => new
                {
                    a.Id,
                    a.Reference,
                    a.Title,
                    Status = a.Status.ToString(),
                    a.UpdatedAt,
                })
            ));

        // expectedVersion is read by hand: bound as int?, a malformed value was an exception (a 500 in Development).
        researcher
            .MapPut("/{id:guid}", async (Guid id, HttpContext http, ApplicationService service, CancellationToken ct) =>
            {
                var (expectedVersion, versionProblem) = JsonBody.OptionalInt(http.Request, "expectedVersion");
                if (versionProblem is not null)
                    return versionProblem;
                var (form, problem) = await JsonBody.ReadAsync<ApplicationForm>(http.Request, ct);
                if (problem is not null)
                    return problem;
                var errors = ApplicationFormValidator.Validate(form!);
                if (errors.Count > 0)
                    return Problems.Fields(errors);
                var result = await service.UpdateDraftAsync(CurrentActor.From(http.User), id, form!, expectedVersion, ct);
                return result.Succeeded ? Results.Ok(new { id, version = result.State!.Version }) : Problems.From(result);
            })
            .ProducesValidationProblem();

        researcher
            .MapPost("/{id:guid}/submit", async (Guid id, HttpContext http, ApplicationService service, CancellationToken ct) =>
            {
                var (expectedVersion, versionProblem) = JsonBody.OptionalInt(http.Request, "expectedVersion");
                if (versionProblem is not null)
                    return versionProblem;
                var result = await service.SubmitAsync(CurrentActor.From(http.User), id, expectedVersion, ct);
                return result.Succeeded
                    ? Results.Accepted(
                        $"/api/applications/{id}",
                        new
                        {
                            id,
                            status = result.State!.Status.ToString(),
                            round = result.State.Round,
                        }
                    )
                    : Problems.From(result);
            })
            .Produces(StatusCodes.Status202Accepted)
            .RequireRateLimiting(Security.RateLimitPolicies.Screening);

        researcher.MapPost("/{id:guid}/withdraw", async (Guid id, HttpContext http, ApplicationService service, CancellationToken ct) =>
        {
            var result = await service.WithdrawAsync(CurrentActor.From(http.User), id, null, ct);
            return result.Succeeded ? Results.Ok(new { id, status = result.State!.Status.ToString() }) : Problems.From(result);
        });

        // Readable by the owner, the Chief Statistician and compliance: no role policy beyond sign-in; access is per application.
        var readers = app.MapGroup("/api/applications").WithTags("Applications");
        readers
            .MapGet("/{id:guid}", async (Guid id, HttpContext http, ApplicationReader reader, CancellationToken ct) =>
            {
                var actor = CurrentActor.From(http.User);
                var loaded = await reader.FindReadableAsync(actor, id, ct);
                return loaded is null ? Problems.NotFound() : Results.Ok(ApplicationReader.View(loaded, actor));
            })
            .Produces<ApplicationView>();

        readers
            .MapGet("/{id:guid}/letter.pdf", async (Guid id, HttpContext http, ApplicationReader reader, CancellationToken ct) =>
            {
                var loaded = await reader.FindReadableAsync(CurrentActor.From(http.User), id, ct);
                // The letter in force, as the fold says: after an approved extension its letter, after a correction the new one.
                var letter = loaded?.State.Letter is { } inForce ? await reader.LetterAsync(id, inForce.LetterId, ct) : null;
                return letter is null
                    ? Problems.NotFound()
                    : Results.File(letter.Content, "application/pdf", $"{loaded!.State.Reference}-{letter.Kind}-letter.pdf");
            })
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");

        // Any one letter, superseded ones included: a corrected letter does not make the old file disappear.
        readers
            .MapGet(
                "/{id:guid}/letters/{letterId:guid}.pdf",
                async (Guid id, Guid letterId, HttpContext http, ApplicationReader reader, CancellationToken ct) =>
                {
                    var loaded = await reader.FindReadableAsync(CurrentActor.From(http.User), id, ct);
                    var letter = loaded is null ? null : await reader.LetterAsync(id, letterId, ct);
                    return letter is null
                        ? Problems.NotFound()
                        : Results.File(
                            letter.Content,
                            "application/pdf",
                            $"{loaded!.State.Reference}-{letter.Kind}-letter-{letter.Sequence}-{letter.VerificationCode}.pdf"
                        );
                }
            )
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
    }
}
