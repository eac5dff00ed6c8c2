using ResearchRelease.Web.Api;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Attachments;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>
/// Downloading an attachment: the applicant, the Chief Statistician (once submitted) and compliance, by the same
/// rule that governs reading the application. Anyone else is told plainly that there is nothing they can open.
/// </summary>
public static class AttachmentEndpoints
{
    public static void MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/applications/{id:guid}/attachments/{kind}", async (Guid id, string kind, HttpContext http, ApplicationReader reader, AttachmentStore store, CancellationToken ct) =>
        {
            var loaded = await reader.FindReadableAsync(CurrentActor.From(http.User), id, ct);
            if (loaded is null)
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.",
                    detail: "There is no such attachment, or you cannot open it: only the applicant, the Chief Statistician and compliance staff can download an application's attachments.");
            var file = await store.FindAsync(id, kind, ct);
            if (file is null) return Problems.NotFound();
            http.Response.Headers["X-Content-SHA256"] = file.Sha256;
            return Results.File(file.Content, "application/pdf", file.FileName);
        }).WithTags("Attachments");
    }
}
