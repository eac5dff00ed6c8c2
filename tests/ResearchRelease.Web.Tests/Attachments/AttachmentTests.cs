using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Dom;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Journeys;

namespace ResearchRelease.Web.Tests.Attachments;

/// <summary>PDF attachments: checked by content, size-limited, hashed, and only readable by those who may read the application.</summary>
public sealed class AttachmentTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    private readonly HttpClient _researcher = shared.App.ClientFor(Personas.Researcher);

    private static byte[] RealPdf()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private async Task<HttpResponseMessage> UploadAsync(Guid id, string kind, byte[] content, string fileName = "approval.pdf")
    {
        var page = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/attachments");
        var form = (IHtmlFormElement)page.QuerySelector($"#upload-{kind}")!;
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "kind" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        body.Add(file, "file", fileName);
        return await _researcher.PostAsync(form.GetAttribute("action"), body);
    }

    [Fact]
    public async Task A_real_pdf_is_stored_with_its_hash_and_only_readers_of_the_application_can_download_it()
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        var pdf = RealPdf();
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(id, "ethics_approval", pdf, "../../etc/ethics approval.pdf")).StatusCode);

        var page = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/attachments");
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        Assert.Contains(sha, page.QuerySelector("#uploaded-ethics_approval")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ethics approval.pdf", page.QuerySelector("#uploaded-ethics_approval")!.TextContent, StringComparison.Ordinal);
        var tasks = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/tasks");
        Assert.Equal(["Completed", "Optional", "Optional"], Journeys.TaskList.Statuses(tasks, "attachments"));

        var url = $"/applications/{id}/attachments/ethics_approval";
        var own = await _researcher.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("application/pdf", own.Content.Headers.ContentType!.MediaType);
        Assert.Equal(pdf, await own.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await shared.App.ClientFor(Personas.Compliance).GetAsync(url)).StatusCode);

        // Another researcher, and the Chief Statistician before submission, get a plain explanation instead.
        foreach (var persona in new[] { Personas.Researcher2, Personas.ChiefStatistician })
        {
            var refused = await shared.App.ClientFor(persona).GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Contains(
                "only the applicant, the Chief Statistician and compliance staff",
                await refused.Content.ReadAsStringAsync(),
                StringComparison.Ordinal
            );
        }
        Assert.NotEqual(HttpStatusCode.OK, (await shared.App.ClientFor(null).GetAsync(url)).StatusCode);

        // The application's own page lists it with its hash for the applicant.
        var details = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}");
        Assert.Contains(sha, details.QuerySelector("#attachments")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chief_statistician_can_open_it_once_the_application_is_submitted()
    {
        var (id, _) = await ApiClient.CreateAsync(_researcher, ExampleCases.ApplicationJson("pub-01"));
        var pdf = RealPdf();
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(id, "security_certificate", pdf)).StatusCode);
        await ApiClient.SubmitAsync(_researcher, id);
        await ApiClient.WaitForStatusAsync(_researcher, id, "AwaitingDecision");

        var chief = shared.App.ClientFor(Personas.ChiefStatistician);
        var casepage = await HtmlForms.GetPageAsync(chief, $"/decisions/{id}");
        // The example declares ethics approval, so its letter is attached too: open the certificate uploaded here.
        var link = casepage.QuerySelector("#attachments a[href$='/security_certificate']")!.GetAttribute("href")!;
        var download = await chief.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        // Submitted, the application no longer takes uploads: the page leads back to the application.
        Assert.Equal(HttpStatusCode.Redirect, (await _researcher.GetAsync($"/applications/{id}/attachments")).StatusCode);
    }

    [Theory]
    [InlineData("text", "must be a PDF")]
    [InlineData("fake", "damaged")]
    [InlineData("empty", "empty")]
    [InlineData("huge", "smaller than 10 MB")]
    public async Task Anything_but_a_real_pdf_within_the_limit_is_refused_with_a_reason(string what, string message)
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        var content = what switch
        {
            "text" => Encoding.UTF8.GetBytes("This is a text file with a .pdf name."),
            "fake" => Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not really a PDF at all\n%%EOF"),
            "empty" => [],
            _ => [.. "%PDF-1.7\n"u8, .. new byte[10 * 1024 * 1024]],
        };
        var response = await UploadAsync(id, "data_management_plan", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("href=\"#file-data_management_plan\"", html, StringComparison.Ordinal);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await _researcher.GetAsync($"/applications/{id}/attachments/data_management_plan")).StatusCode
        );
    }
}
