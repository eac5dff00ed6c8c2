using System.Globalization;
using ResearchRelease.Web.Api;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Lifecycle;

/// <summary>
/// An approved release over JSON: the researcher asks for an extension or confirms destruction; anyone who may read
/// the application downloads its letters by round. The extension's decision goes through POST .../decision.
/// </summary>
public static class ReleaseApi
{
    public static void MapReleaseApi(this IEndpointRouteBuilder app)
    {
        var researcher = app.MapGroup("/api/applications").RequireAuthorization(Policies.Researcher).WithTags("Release");

        researcher
            .MapPost("/{id:guid}/extension", async (Guid id, HttpContext http, ApplicationService service, CancellationToken ct) =>
            {
                var (body, problem) = await JsonBody.ReadAsync<ExtensionBody>(http.Request, ct);
                if (problem is not null)
                    return problem;
                if (!TryDate(body!.NewEndDate, out var newEnd))
                    return Problems.Field("newEndDate", "Enter the new end date as YYYY-MM-DD, for example 2029-03-31.");
                var result = await service.RequestExtensionAsync(CurrentActor.From(http.User), id, newEnd, body.Justification, ct);
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
            .ProducesValidationProblem()
            .RequireRateLimiting(Security.RateLimitPolicies.Screening);

        researcher
            .MapPost("/{id:guid}/destruction", async (Guid id, HttpContext http, ApplicationService service, CancellationToken ct) =>
            {
                var (body, problem) = await JsonBody.ReadAsync<DestructionBody>(http.Request, ct);
                if (problem is not null)
                    return problem;
                if (!TryDate(body!.DestroyedOn, out var destroyedOn))
                    return Problems.Field("destroyedOn", "Enter the date the data was destroyed as YYYY-MM-DD.");
                var result = await service.ConfirmDestructionAsync(
                    CurrentActor.From(http.User),
                    id,
                    body.Method,
                    destroyedOn,
                    body.Declaration == true,
                    ct
                );
                return result.Succeeded ? Results.Ok(new { id, status = result.State!.Status.ToString() }) : Problems.From(result);
            })
            .ProducesValidationProblem();

        // Readable by the owner, the Chief Statistician and compliance, as the application itself.
        var readers = app.MapGroup("/api/applications").WithTags("Release");
        readers
            .MapGet(
                "/{id:guid}/letters/{round:int}.pdf",
                async (Guid id, int round, HttpContext http, ApplicationReader reader, CancellationToken ct) =>
                {
                    var loaded = await reader.FindReadableAsync(CurrentActor.From(http.User), id, ct);
                    var current = loaded?.State.Letters.LastOrDefault(l => l.Round == round && l.SupersededByVerificationCode is null);
                    var letter = current is null ? null : await reader.LetterAsync(id, current.LetterId, ct);
                    return letter is null
                        ? Problems.NotFound()
                        : Results.File(
                            letter.Content,
                            "application/pdf",
                            $"{loaded!.State.Reference}-round-{round}-{letter.Kind}-letter.pdf"
                        );
                }
            )
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
    }

    /// <summary>Blank is "no date" (the domain names the missing field); anything else must be YYYY-MM-DD.</summary>
    private static bool TryDate(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value))
            return true;
        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        date = parsed;
        return true;
    }
}
