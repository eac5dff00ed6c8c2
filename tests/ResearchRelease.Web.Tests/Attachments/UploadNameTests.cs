using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using ResearchRelease.Web.Tests.Fuzz;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Journeys;

namespace ResearchRelease.Web.Tests.Attachments;

/// <summary>
/// An uploaded PDF is stored under a name that says what it is: ".pdf" at the end, no control characters, and no
/// characters that reorder or hide text (a right-to-left override makes "\u202Efdp.exe" display as "exe.pdf").
/// </summary>
public sealed class UploadNameTests(UnthrottledApp shared) : IClassFixture<UnthrottledApp>
{
    private readonly HttpClient _researcher = shared.App.ClientFor(Personas.Researcher);

    [Theory]
    [InlineData("\u202Efdp.exe", "fdp.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.pdf")]
    [InlineData("approval\u2066.exe\u2069", "approval.pdf")]
    [InlineData("report.exe", "report.pdf")]
    [InlineData("report.docx", "report.pdf")]
    [InlineData("report", "report.pdf")]
    [InlineData("Approval.PDF", "Approval.pdf")]
    [InlineData("ethics\u0007approval\u200B.pdf", "ethicsapproval.pdf")]
    [InlineData("v1.2 final", "v1.2 final.pdf")]
    [InlineData("photo.pdf.exe", "photo.pdf.pdf")]
    [InlineData("..\\..\\x.exe", "x.pdf")]
    public async Task The_stored_name_is_a_plain_pdf_name(string sent, string stored)
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        var page = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/attachments");
        var form = (IHtmlFormElement)page.QuerySelector("#upload-ethics_approval")!;
        var file = new ByteArrayContent(UploadGens.RealPdfs[0]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileNameStar = sent };
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("ethics_approval"), "kind" },
        };
        body.Add(file);
        Assert.Equal(HttpStatusCode.Redirect, (await _researcher.PostAsync(form.GetAttribute("action"), body)).StatusCode);

        var download = await _researcher.GetAsync($"/applications/{id}/attachments/ethics_approval");
        Assert.Equal(stored, download.Content.Headers.ContentDisposition!.FileNameStar);
        var listed = (await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/attachments")).QuerySelector(
            "#uploaded-ethics_approval a"
        )!;
        Assert.Equal(stored, listed.TextContent);
    }
}
