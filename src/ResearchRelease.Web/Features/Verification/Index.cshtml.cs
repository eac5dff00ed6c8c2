using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ResearchRelease.Web.Features.Verification;

/// <summary>
/// Public: the page a letter's QR code opens, and where a reader types the printed code or uploads the file.
/// It changes nothing; the upload form still carries an antiforgery token because Razor Pages require one.
/// </summary>
[AllowAnonymous]
// A little over the file limit, so a file just too large is told so by the page rather than refused unread.
[RequestSizeLimit(PdfUpload.MaxBytes + (128 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = PdfUpload.MaxBytes + (64 * 1024))]
public sealed class IndexModel(LetterVerifier verifier) : PageModel
{
    public string? Code { get; private set; }
    public VerifiedLetter? Letter { get; private set; }
    public bool Looked { get; private set; }
    public bool? UploadGenuine { get; private set; }
    public string? UploadError { get; private set; }

    /// <summary>Set when the code form was sent empty: the reader is told what to enter, not shown the page unchanged.</summary>
    public string? CodeError { get; private set; }

    public const string EnterCode = "Enter the verification code printed on the letter";

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            if (Request.Query.ContainsKey("code"))
            {
                CodeError = EnterCode;
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
            return Page();
        }
        var normalised = LetterVerifier.Normalise(code);
        // A typed code arrives as ?code=; send the reader to the same address the QR code uses.
        if (RouteData.Values["code"] is null && LetterVerifier.LooksLikeCode(normalised))
            return Redirect($"/verify/{normalised}");
        Code = code.Length > 40 ? code[..40] : code;
        Looked = true;
        Letter = await verifier.ByCodeAsync(code, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? upload, CancellationToken ct)
    {
        UploadError = await PdfUpload.ProblemAsync(upload, ct);
        if (UploadError is not null)
        {
            // A refused upload is a 400 like every other form's refusal, so it is never mistaken for an answer.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await using var stream = upload!.OpenReadStream();
        Letter = await verifier.ByContentAsync(stream, ct);
        UploadGenuine = Letter is not null;
        return Page();
    }
}
