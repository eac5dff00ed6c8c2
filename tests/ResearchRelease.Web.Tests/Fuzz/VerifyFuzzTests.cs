using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CsCheck;
using ResearchRelease.Web.Features.Verification;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>
/// Letter verification (<c>POST /api/verify</c> and the public <c>/verify</c> page's upload) under generated
/// uploads: never a 5xx; a refusal names the file field; a file is reported genuine only when its bytes are exactly
/// a real issued letter's, and that letter, sent plainly, always is. The rate limits are lifted (FuzzApp).
/// </summary>
public abstract class VerifyFuzzTests(FuzzApp fuzz)
{
    private readonly HttpClient _anonymous = fuzz.ClientFor(null);

    /// <summary>A multipart body with the file under <paramref name="field"/> most of the time, a stray or missing part or two files otherwise.</summary>
    private static Gen<MultipartBody> Uploads(string field, byte[] letter)
    {
        var file = UploadGens.Content(PdfUpload.MaxBytes, letter, UploadGens.RealPdfs[0]);
        var part = Gen.Select(
            Gen.Frequency((8, Gen.Const(field)), (1, Gen.OneOf("File", "files", "upload", "file[]", "")), (1, HostileText.Any)),
            Gen.Frequency(
                (8, Gen.Const<string?>("letter.pdf")),
                (2, UploadGens.FileName.Select(n => (string?)n)),
                (1, Gen.Const((string?)null))
            ),
            UploadGens.ContentType,
            file,
            (name, fileName, type, content) => new UploadPart(name, fileName, type, content)
        );
        return Gen.Select(
            part.Array[0, 3],
            Gen.Frequency((12, Gen.Const("ok")), (1, Gen.OneOf("truncated", "wrong-boundary", "no-boundary"))),
            (parts, envelope) => new MultipartBody(parts, envelope)
        );
    }

    /// <summary>A plainly sent letter: one part under the right name, a file name, a body the app can read as a form.</summary>
    private static bool Plainly(MultipartBody body, string field, byte[] letter) =>
        !body.MayBeUnreadable
        && body.Parts.Count == 1
        && body.FirstFile(field) is { } only
        && only.File.Bytes.AsSpan().SequenceEqual(letter);

    /// <summary>Whether a file under this name is exactly the letter (only then may the answer be "genuine").</summary>
    private static bool Holds(MultipartBody body, string field, byte[] letter) =>
        body.Files(field).Any(p => p.File.Bytes.AsSpan().SequenceEqual(letter));

    /// <summary>Bodies that are not a multipart form: JSON, hostile JSON, text, a URL-encoded form, none at all.</summary>
    private static readonly Gen<FuzzBody> NotMultipart = Gen.Select(
        Gen.Frequency((3, HostileJson.Value), (2, HostileText.Any), (1, Gen.Const("file=JVBERi0xLjcK"))),
        Gen.OneOf("application/json", "text/plain", "application/pdf", "application/x-www-form-urlencoded", "", "application/octet-stream"),
        (text, type) =>
            new FuzzBody($"not multipart ({(type.Length == 0 ? "no content type" : type)})", text, ["file"], WholeBody: false, type)
    );

    [SkippableFact]
    public async Task The_verify_api_with_generated_uploads()
    {
        var letter = await fuzz.LetterAsync();
        var gen = Gen.Frequency(
            (5, Uploads("file", letter).Select(b => (Multipart: (MultipartBody?)b, Other: (FuzzBody?)null))),
            (1, NotMultipart.Select(b => (Multipart: (MultipartBody?)null, Other: (FuzzBody?)b)))
        );
        await gen.SampleAsync(
            async c =>
            {
                var content = c.Multipart?.Build(null) ?? ApiAnswers.Content(c.Other!);
                var shown = new FuzzBody(
                    c.Multipart?.ToString() ?? c.Other!.ToString(),
                    "",
                    ["file"],
                    WholeBody: false,
                    content.Headers.ContentType?.ToString() ?? ""
                );
                var response = await _anonymous.PostAsync("/api/verify", content);
                if (!await ApiAnswers.CheckAsync(response, shown, "POST /api/verify"))
                {
                    Assert.False(
                        c.Multipart is { } refused && Plainly(refused, "file", letter),
                        $"The real letter, sent plainly, was refused: {shown}"
                    );
                    return;
                }
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var genuine = JsonDocument
                    .Parse(await response.Content.ReadAsStringAsync())
                    .RootElement.GetProperty("genuine")
                    .GetBoolean();
                var holds = c.Multipart is { } body && Holds(body, "file", letter);
                Assert.False(genuine && !holds, $"A file that is not the issued letter was reported genuine: {shown}");
                Assert.False(
                    !genuine && c.Multipart is { } sent && Plainly(sent, "file", letter),
                    $"The real letter, sent plainly, was not reported genuine: {shown}"
                );
            },
            iter: FuzzBudget.Iterations(150),
            threads: 1,
            print: c => c.Multipart?.ToString() ?? c.Other!.ToString()
        );
    }

    [SkippableFact]
    public async Task The_verify_page_with_generated_uploads()
    {
        var letter = await fuzz.LetterAsync();
        await Uploads("upload", letter)
            .SampleAsync(
                async body =>
                {
                    var page = await HtmlForms.GetPageAsync(_anonymous, "/verify");
                    var token = page.QuerySelector("#upload-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
                    var response = await _anonymous.PostAsync("/verify", body.Build(token));
                    if (!await UploadAnswers.CheckAsync(response, "/verify", body, f => f == "upload"))
                    {
                        Assert.False(Plainly(body, "upload", letter), $"The real letter, uploaded plainly, was refused: {body}");
                        return;
                    }
                    var result = new HtmlParser()
                        .ParseDocument(await response.Content.ReadAsStringAsync())
                        .QuerySelector("#result-title")
                        ?.TextContent.Trim();
                    Assert.True(
                        result is "Genuine" or "Not genuine",
                        $"/verify answered an upload with neither 'Genuine' nor 'Not genuine' ({result}): {body}"
                    );
                    Assert.False(
                        result == "Genuine" && !Holds(body, "upload", letter),
                        $"A file that is not the issued letter was reported genuine: {body}"
                    );
                    Assert.False(
                        result != "Genuine" && Plainly(body, "upload", letter),
                        $"The real letter, uploaded plainly, was not reported genuine: {body}"
                    );
                },
                iter: FuzzBudget.Iterations(100),
                threads: 1,
                print: b => b.ToString()
            );
    }
}

public sealed class VerifyFuzzOnSqlite(SqliteFuzzApp fuzz) : VerifyFuzzTests(fuzz), IClassFixture<SqliteFuzzApp>;

public sealed class VerifyFuzzOnPostgres(PostgresFuzzApp fuzz) : VerifyFuzzTests(fuzz), IClassFixture<PostgresFuzzApp>;
