namespace ResearchRelease.Web.Features.Verification;

/// <summary>Checks on an uploaded letter before it is hashed: present, not too large, and actually a PDF.</summary>
public static class PdfUpload
{
    /// <summary>Our letters are well under 1 MB even when long; 5 MB leaves room for a re-saved copy.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    public static async Task<string?> ProblemAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
            return "Choose the letter's PDF file.";
        if (file.Length > MaxBytes)
            return "The file must be smaller than 5 MB.";
        var header = new byte[5];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        return read == header.Length && header.AsSpan().SequenceEqual("%PDF-"u8) ? null : "The file must be a PDF.";
    }
}
