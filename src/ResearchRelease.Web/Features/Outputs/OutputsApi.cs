using ResearchRelease.Web.Api;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Outputs;

/// <summary>POST /api/applications/{id}/outputs: the owning researcher reports an output (title, link) of an approved release.</summary>
public static class OutputsApi
{
    public sealed record OutputBody(string? Title, string? Link);

    public static void MapOutputsApi(this IEndpointRouteBuilder app) =>
        app.MapPost(
                "/api/applications/{id:guid}/outputs",
                async (Guid id, HttpContext http, ApplicationService service, CancellationToken ct) =>
                {
                    var (body, problem) = await JsonBody.ReadAsync<OutputBody>(http.Request, ct);
                    if (problem is not null)
                        return problem;
                    var result = await service.ReportOutputAsync(CurrentActor.From(http.User), id, body!.Title, body.Link, ct);
                    return result.Succeeded ? Results.Ok(new { id, outputs = result.State!.Outputs.Count }) : Problems.From(result);
                }
            )
            .RequireAuthorization(Policies.Researcher)
            .WithTags("Researcher");
}
