using Microsoft.AspNetCore.Mvc;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Attachments;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Features.Drafting.Flow;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>Attach the ethics approval, security certificate and data management plan, as PDFs checked by their content.</summary>
[RequestSizeLimit(AttachmentKinds.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentKinds.MaxBytes + 64 * 1024)]
public sealed class AttachmentsModel(ApplicationReader reader, ApplicationService service, AttachmentStore attachments)
    : DraftPageModel(reader, service)
{
    public IReadOnlyList<AttachmentStore.Summary> Uploaded { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        Uploaded = await attachments.ListAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, string? kind, IFormFile? file, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        // The kind is a hidden field of each upload form, so an unknown one is a broken post: point at the first upload box.
        var problem =
            kind is null || AttachmentKinds.NameOf(kind) is null
                ? ($"file-{AttachmentKinds.All[0].Code}", "Select a PDF file in one of the upload boxes, then that box's upload button")
            : file is null ? ($"file-{kind}", "Select a PDF file to upload")
            : file.Length > AttachmentKinds.MaxBytes ? ($"file-{kind}", "The selected file must be smaller than 10 MB")
            : ((string, string)?)null;
        if (problem is null)
        {
            using var buffer = new MemoryStream();
            await file!.CopyToAsync(buffer, ct);
            var content = buffer.ToArray();
            if (PdfCheck.Problem(content) is { } wrong)
                problem = ($"file-{kind}", wrong);
            else
            {
                await attachments.SaveAsync(id, kind!, file.FileName, content, CurrentActor.From(User).Name, ct);
                return Redirect($"/applications/{id}/attachments");
            }
        }
        Errors = [problem.Value];
        Uploaded = await attachments.ListAsync(id, ct);
        return Invalid();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, string kind, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        await attachments.RemoveAsync(id, kind, ct);
        return Redirect($"/applications/{id}/attachments");
    }

    /// <summary>Saves no answers, so it has no step to guard.</summary>
    protected override FlowPages.Step? FlowStep => null;
}
