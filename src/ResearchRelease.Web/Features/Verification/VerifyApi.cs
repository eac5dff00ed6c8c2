using Microsoft.AspNetCore.Http.Features;
using ResearchRelease.Web.Api;

namespace ResearchRelease.Web.Features.Verification;

/// <summary>
/// POST /api/verify: anyone holding a letter may check it. Anonymous and side-effect free, so it needs no
/// antiforgery token; the body is read by hand so a bad upload is a 400 naming the field, never a 500.
/// No Accepts() metadata: with it, routing answers a wrong content type before the endpoint's AllowAnonymous
/// applies, and an anonymous caller would get 401 instead of a 415 that says what to send.
/// </summary>
public static class VerifyApi
{
    public static void MapVerifyApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/verify", async (HttpContext http, LetterVerifier verifier, CancellationToken ct) =>
            {
                var sizeLimit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
                if (sizeLimit is { IsReadOnly: false })
                    sizeLimit.MaxRequestBodySize = PdfUpload.MaxBytes + (64 * 1024);
                if (!http.Request.HasFormContentType)
                    return Problems.Field(
                        "file",
                        "Send the letter as multipart/form-data in a field named 'file'.",
                        StatusCodes.Status415UnsupportedMediaType
                    );
                IFormFile? file;
                try
                {
                    file = (
                        await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = PdfUpload.MaxBytes }, ct)
                    ).Files.GetFile("file");
                }
                catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
                {
                    return Problems.Field("file", "The upload could not be read; send one PDF smaller than 5 MB in a field named 'file'.");
                }
                if (await PdfUpload.ProblemAsync(file, ct) is { } problem)
                    return Problems.Field("file", problem);

                await using var stream = file!.OpenReadStream();
                var letter = await verifier.ByContentAsync(stream, ct);
                return Results.Ok(VerifyAnswer.For(letter));
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(Security.RateLimitPolicies.Verification)
            .WithTags("Verification")
            .Produces<VerifyAnswer>()
            .ProducesValidationProblem();
    }
}
