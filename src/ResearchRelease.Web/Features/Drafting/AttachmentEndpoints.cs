using Microsoft.AspNetCore.Mvc;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Api;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Attachments;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>
/// Downloading an attachment: the applicant, the Chief Statistician (once submitted) and compliance, by the same
/// rule that governs reading the application. Anyone else is told plainly that there is nothing they can open.
/// Uploading over the API (the body is the PDF itself): a script that drafts and submits over JSON can attach
/// what its answers promise, checked as the attachments page checks it.
/// </summary>
public static class AttachmentEndpoints
{
    public static void MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(
                "/applications/{id:guid}/attachments/{kind}",
                async (Guid id, string kind, HttpContext http, ApplicationReader reader, AttachmentStore store, CancellationToken ct) =>
                {
                    var loaded = await reader.FindReadableAsync(CurrentActor.From(http.User), id, ct);
                    if (loaded is null)
                        return Results.Problem(
                            statusCode: StatusCodes.Status404NotFound,
                            title: "Not found.",
                            detail: "There is no such attachment, or you cannot open it: only the applicant, the Chief Statistician and compliance staff can download an application's attachments."
                        );
                    var file = await store.FindAsync(id, kind, ct);
                    if (file is null)
                        return Problems.NotFound();
                    http.Response.Headers["X-Content-SHA256"] = file.Sha256;
                    return Results.File(file.Content, "application/pdf", file.FileName);
                }
            )
            .WithTags("Attachments");

        app.MapPut(
                "/api/applications/{id:guid}/attachments/{kind}",
                async (Guid id, string kind, HttpContext http, ApplicationReader reader, AttachmentStore store, CancellationToken ct) =>
                {
                    var actor = CurrentActor.From(http.User);
                    var loaded = await reader.FindReadableAsync(actor, id, ct);
                    if (loaded is null || loaded.State.OwnerSubject != actor.Subject)
                        return Problems.NotFound();
                    if (!PermissionTable.Allows(loaded.State.Status, ActorRole.Researcher, ApplicationCommand.EditDraft))
                        return Results.Problem(
                            statusCode: StatusCodes.Status409Conflict,
                            title: "Conflict.",
                            detail: "Documents can only be attached while the application is a draft or returned for changes."
                        );
                    if (AttachmentKinds.NameOf(kind) is null)
                        return Problems.Field(
                            "kind",
                            $"The kind must be one of: {string.Join(", ", AttachmentKinds.All.Select(k => k.Code))}."
                        );
                    if (http.Request.ContentType?.Split(';')[0].Trim() is not "application/pdf")
                        return Results.Problem(
                            statusCode: StatusCodes.Status415UnsupportedMediaType,
                            title: "Unsupported media type.",
                            detail: "Send the PDF itself as the body, with Content-Type: application/pdf."
                        );
                    using var buffer = new MemoryStream();
                    await http.Request.Body.CopyToAsync(buffer, ct);
                    if (buffer.Length > AttachmentKinds.MaxBytes)
                        return Problems.Field("file", "The file must be smaller than 10 MB.");
                    var content = buffer.ToArray();
                    if (PdfCheck.Problem(content) is { } wrong)
                        return Problems.Field("file", wrong);
                    // The file's own name, if the request gives one (Content-Disposition: attachment; filename=...), else the kind's name.
                    var header = http.Request.Headers.ContentDisposition.ToString();
                    var name =
                        System.Net.Http.Headers.ContentDispositionHeaderValue.TryParse(header, out var disposition)
                        && (disposition.FileNameStar ?? disposition.FileName)?.Trim('"') is { Length: > 0 } given
                            ? given
                            : AttachmentKinds.NameOf(kind) + ".pdf";
                    await store.SaveAsync(id, kind, name, content, actor.Name, ct);
                    return Results.NoContent();
                }
            )
            .RequireAuthorization(Policies.Researcher)
            .WithTags("Attachments")
            .WithMetadata(new RequestSizeLimitAttribute(AttachmentKinds.MaxBytes + 64 * 1024))
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();
    }
}
