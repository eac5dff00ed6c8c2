using System.Net;
using AngleSharp.Html.Dom;
using CsCheck;
using ResearchRelease.Web.Attachments;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Journeys;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>
/// The attachments page's upload (multipart, the form's real antiforgery token) under generated parts: never a
/// 5xx; a refusal is the page with an error summary naming the kind or the file box, every link landing on the
/// page, and the <c>attachments</c> rows as they were; an accepted upload reads back byte for byte under a safe name.
/// </summary>
public abstract class AttachmentFuzzTests(FuzzApp fuzz)
{
    private readonly HttpClient _researcher = fuzz.ClientFor(Personas.Researcher);

    private static readonly Gen<string?> Kind = Gen.Frequency(
        (8, Gen.OneOf<string?>([.. AttachmentKinds.All.Select(k => k.Code)])),
        (1, Gen.OneOf<string?>(null, "", "ETHICS_APPROVAL", "ethics_approval ", "../ethics_approval", "other")),
        (1, HostileText.Any.Select(t => (string?)t))
    );

    /// <summary>The kind as the form sends it (or not at all), then one file most of the time, none, or several.</summary>
    private static readonly Gen<MultipartBody> Uploads = Gen.Select(
        Kind,
        Gen.Select(
                Gen.Frequency((10, Gen.Const("file")), (1, Gen.OneOf("File", "files", "")), (1, HostileText.Any)),
                Gen.Frequency((5, UploadGens.FileName.Select(n => (string?)n)), (1, Gen.Const((string?)null))),
                UploadGens.ContentType,
                UploadGens.Content(AttachmentKinds.MaxBytes, UploadGens.RealPdfs),
                (name, fileName, type, content) => new UploadPart(name, fileName, type, content)
            )
            .Array[0, 3]
            .Select(a => Gen.Frequency((6, Gen.Const(a.Take(1).ToArray())), (1, Gen.Const(a))))
            .SelectMany(g => g),
        Gen.Frequency((12, Gen.Const("ok")), (1, Gen.OneOf("truncated", "wrong-boundary", "no-boundary"))),
        (kind, files, envelope) =>
            new MultipartBody(
                [.. kind is null ? [] : new[] { new UploadPart("kind", null, null, FuzzFile.Text(kind)) }, .. files],
                envelope
            )
    );

    private static string? KindOf(MultipartBody body) =>
        body.Parts.FirstOrDefault(p => p.Name == "kind") is { } k ? System.Text.Encoding.UTF8.GetString(k.File.Bytes) : null;

    [SkippableFact]
    public async Task Uploading_generated_files_stores_a_readable_copy_or_nothing()
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        var pagePath = $"/applications/{id}/attachments";
        await Uploads.SampleAsync(
            async body =>
            {
                var page = await HtmlForms.GetPageAsync(_researcher, pagePath);
                var form = (IHtmlFormElement)page.QuerySelector($"#upload-{AttachmentKinds.All[0].Code}")!;
                var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
                var before = await fuzz.RowsAsync(id);
                var response = await _researcher.PostAsync(form.GetAttribute("action"), body.Build(token));
                var kind = KindOf(body);
                if (
                    !await UploadAnswers.CheckAsync(response, pagePath, body, f =>
                        f == "kind" || f.StartsWith("file-", StringComparison.Ordinal)
                    )
                )
                {
                    Assert.True(
                        before == await fuzz.RowsAsync(id),
                        $"A refused upload stored something: {body}\nbefore {before}\nafter  {await fuzz.RowsAsync(id)}"
                    );
                    return;
                }
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                var sent = body.FirstFile("file") ?? throw new Xunit.Sdk.XunitException($"An upload without a file was accepted: {body}");
                var download = await _researcher.GetAsync($"{pagePath}/{Uri.EscapeDataString(kind!)}");
                Assert.True(
                    download.StatusCode == HttpStatusCode.OK,
                    $"An accepted upload cannot be downloaded ({(int)download.StatusCode}): {body}"
                );
                var stored = await download.Content.ReadAsByteArrayAsync();
                Assert.True(sent.File.Bytes.SequenceEqual(stored), $"An accepted upload reads back different bytes: {body}");
                var name = download.Content.Headers.ContentDisposition?.FileNameStar
                    ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"')
                    ?? "";
                Assert.True(SafeName(name), $"An accepted upload is stored as '{HostileText.Show(name)}', not a safe file name: {body}");
                var listed = (await HtmlForms.GetPageAsync(_researcher, pagePath)).QuerySelector($"#uploaded-{kind} a")?.TextContent ?? "";
                Assert.True(
                    listed == name,
                    $"The page lists the upload as '{HostileText.Show(listed)}' but downloads it as '{HostileText.Show(name)}': {body}"
                );
            },
            iter: FuzzBudget.Iterations(150),
            threads: 1,
            print: b => b.ToString()
        );
    }

    /// <summary>One path segment that names no directory, with no control characters or half surrogate pairs, at most 200 characters.</summary>
    private static bool SafeName(string name) =>
        name.Length is > 0 and <= 200
        && name is not "." and not ".."
        && name.Trim().Length == name.Length
        && !name.Any(c => c is '/' or '\\' || char.IsControl(c))
        && !HasLoneSurrogate(name);

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                i++;
            else if (char.IsSurrogate(s[i]))
                return true;
        }
        return false;
    }
}

public sealed class AttachmentFuzzOnSqlite(SqliteFuzzApp fuzz) : AttachmentFuzzTests(fuzz), IClassFixture<SqliteFuzzApp>;

public sealed class AttachmentFuzzOnPostgres(PostgresFuzzApp fuzz) : AttachmentFuzzTests(fuzz), IClassFixture<PostgresFuzzApp>;
