using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Api;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Corrections;

/// <summary>Letter corrections over JSON (the case page offers the same with a review step).</summary>
public static class LetterCorrectionsApi
{
    public static void MapLetterCorrectionsApi(this IEndpointRouteBuilder app)
    {
        // Decider: the Chief Statistician, or a deputy; the domain then requires a designation in force, as for a decision.
        var chief = app.MapGroup("/api").RequireAuthorization(Policies.Decider).WithTags("Chief Statistician");

        chief
            .MapPost(
                "/applications/{id:guid}/letter-corrections",
                async (Guid id, HttpContext http, ApplicationStore store, LetterCorrector corrector, CancellationToken ct) =>
                {
                    var (body, problem) = await JsonBody.ReadAsync<CorrectionBody>(http.Request, ct);
                    if (problem is not null)
                        return problem;
                    var loaded = await store.LoadAsync(id, ct);
                    var actor = CurrentActor.From(http.User);
                    if (loaded is null || !ApplicationAccess.CanRead(actor, loaded.State))
                        return Problems.NotFound();
                    var current = LetterDetails.Current(loaded.State);
                    var request = new CorrectionRequest(
                        body!.SupersedesLetterId ?? loaded.State.Letter?.LetterId ?? Guid.Empty,
                        body.Reason,
                        body.AddresseeName ?? current.AddresseeName,
                        body.AddresseeJobTitle ?? current.AddresseeJobTitle,
                        body.OrganisationName ?? current.OrganisationName,
                        body.ProjectTitle ?? current.ProjectTitle,
                        body.Conditions ?? current.Conditions,
                        body.ExpectedVersion ?? loaded.State.Version
                    );
                    var (result, letter) = await corrector.CorrectAsync(actor, id, request, ct);
                    return result.Succeeded
                        ? Results.Created(
                            $"/api/applications/{id}/letters/{letter!.Sequence}.pdf",
                            new
                            {
                                id,
                                letterId = letter.Id,
                                sequence = letter.Sequence,
                                verificationCode = letter.VerificationCode,
                                sha256 = letter.Sha256,
                                supersedesLetterId = letter.SupersedesLetterId,
                            }
                        )
                        : Problems.From(result);
                }
            )
            .Produces(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .RequireRateLimiting(Security.RateLimitPolicies.Decision);
    }
}
