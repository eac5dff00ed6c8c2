using UglyToad.PdfPig;

namespace ResearchRelease.Web.Attachments;

/// <summary>
/// Whether an upload is really a PDF, judged by its content and never by its name or the browser's content type:
/// it must start with the <c>%PDF-</c> signature, be within the size limit and open as a document with pages.
/// </summary>
public static class PdfCheck
{
    private static readonly byte[] Signature = "%PDF-"u8.ToArray();

    /// <summary>Null when the file is acceptable, otherwise what is wrong in words for the uploader.</summary>
    public static string? Problem(byte[] content)
    {
        if (content.Length == 0)
            return "The selected file is empty";
        if (content.Length > AttachmentKinds.MaxBytes)
            return "The selected file must be smaller than 10 MB";
        if (!content.AsSpan().StartsWith(Signature))
            return "The selected file must be a PDF";
        try
        {
            using var document = PdfDocument.Open(content);
            return document.NumberOfPages > 0 ? null : "The selected PDF has no pages";
        }
#pragma warning disable CA1031 // PdfPig throws many exception types for damaged files; any of them means "not a usable PDF".
        catch (Exception)
#pragma warning restore CA1031
        {
            return "The selected file is damaged or is not a PDF that can be opened";
        }
    }
}
