using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Api;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Features.Screening;

/// <summary>
/// POST /api/screening: runs the regulation test on an application sent in the body and stores nothing, so an
/// applicant (or a script) can see what the screening would say before drafting or submitting.
/// </summary>
public static class ScreeningApi
{
    public static void MapScreeningApi(this IEndpointRouteBuilder app)
    {
        // Signed-in users of any role: the fallback policy applies; nothing here reads or writes stored data.
        app.MapPost(
                "/api/screening",
                async (string? ruleset, HttpContext http, ScreeningService screening, TimeProvider clock, CancellationToken ct) =>
                {
                    Ruleset chosen;
                    var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                    if (string.IsNullOrWhiteSpace(ruleset))
                        chosen = screening.RulesetFor(today);
                    else if (Ruleset.All.FirstOrDefault(r => r.Version == ruleset.Trim()) is { } known)
                        chosen = known;
                    else
                        return Problems.Field(
                            "ruleset",
                            $"There is no ruleset '{ruleset}'. Use one of: {string.Join(", ", Ruleset.All.Select(r => r.Version))}."
                        );

                    var (form, problem) = await JsonBody.ReadAsync<ApplicationForm>(http.Request, ct);
                    if (problem is not null)
                        return problem;
                    var errors = ApplicationFormValidator.Validate(form!);
                    if (errors.Count > 0)
                        return Problems.Fields(errors);
                    // Screened as if submitted today, so the retention limit runs from today.
                    return Results.Json(screening.Screen(form!, chosen, today), EventSerializer.Options);
                }
            )
            .Produces<ScreeningResult>()
            .ProducesValidationProblem()
            .WithTags("Screening")
            .RequireRateLimiting(Security.RateLimitPolicies.Screening);
    }
}
