using System.Net;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Verification;

/// <summary>The public page a letter's QR code opens: anyone, signed in or not, can check a code or a file.</summary>
public sealed class VerifyPageTests(ApprovedApp approved) : IClassFixture<ApprovedApp>
{
    private HttpClient Anonymous => approved.App.ClientFor(null);

    [Fact]
    public async Task The_printed_code_shows_the_letters_details_and_hash_without_signing_in()
    {
        var page = await HtmlForms.GetPageAsync(Anonymous, $"/verify/{approved.VerificationCode}");
        var details = page.QuerySelector("#letter-details")!.TextContent;
        Assert.Contains(approved.Reference, details, StringComparison.Ordinal);
        Assert.Contains(approved.Example.GetProperty("organisation").GetProperty("name").GetString()!, details, StringComparison.Ordinal);
        Assert.Contains("Approved with conditions", details, StringComparison.Ordinal);
        Assert.Contains("31 March 2029", details, StringComparison.Ordinal);
        Assert.Equal(approved.Sha256, page.QuerySelector("#sha256")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_typed_code_in_lower_case_with_spaces_goes_to_the_letters_page()
    {
        var typed = string.Join(' ', approved.VerificationCode.ToLowerInvariant().Chunk(5).Select(c => new string(c)));
        var response = await Anonymous.GetAsync($"/verify?code={Uri.EscapeDataString(typed)}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/verify/{approved.VerificationCode}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_code_says_no_letter_has_it()
    {
        var page = await HtmlForms.GetPageAsync(Anonymous, "/verify/ZZZZZZZZZZ");
        Assert.Contains("Not found", page.QuerySelector("#result")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#letter-details"));
    }

    [Fact]
    public async Task Uploading_the_genuine_file_says_genuine_and_a_one_byte_change_says_not()
    {
        Assert.Contains("Genuine", await UploadAsync(approved.Pdf), StringComparison.Ordinal);
        var changed = approved.Pdf.ToArray();
        changed[changed.Length / 2] ^= 0x01;
        var answer = await UploadAsync(changed);
        Assert.Contains("Not genuine", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(approved.Reference, answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_something_that_is_not_a_pdf_names_the_field()
    {
        var text = await UploadAsync("hello, this is not a letter"u8.ToArray(), HttpStatusCode.BadRequest);
        Assert.Contains("The file must be a PDF.", text, StringComparison.Ordinal);
        Assert.Contains("There is a problem", text, StringComparison.Ordinal);
    }

    private async Task<string> UploadAsync(byte[] file, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = Anonymous;
        var page = await HtmlForms.GetPageAsync(client, "/verify");
        var token = page.QuerySelector("#upload-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "upload", "letter.pdf" },
        };
        var response = await client.PostAsync("/verify", content);
        Assert.Equal(expected, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("main")!.TextContent;
    }
}
