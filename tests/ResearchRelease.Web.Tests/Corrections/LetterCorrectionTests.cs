using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Letters;

namespace ResearchRelease.Web.Tests.Corrections;

/// <summary>Issue 4: "a correction is a new letter that references the old one" — issued, verified, recorded, downloadable.</summary>
public sealed class LetterCorrectionTests(CorrectedApp corrected) : IClassFixture<CorrectedApp>
{
    [Fact]
    public async Task The_corrected_letter_says_what_it_corrects_and_replaces_and_the_old_file_is_unchanged()
    {
        var text = PdfText.All(corrected.NewPdf);
        var oldDate = corrected
            .OldLetter.GetProperty("issuedAt")
            .GetDateTime()
            .ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Corrected letter", text, StringComparison.Ordinal);
        Assert.Contains($"This letter corrects and replaces letter {corrected.OldCode} dated {oldDate}", text, StringComparison.Ordinal);
        Assert.Contains($"Reason for the correction: {CorrectedApp.Reason}", text, StringComparison.Ordinal);
        Assert.Contains($"Dear {CorrectedApp.CorrectedName},", text, StringComparison.Ordinal);
        Assert.Contains($"Verification code: {corrected.NewCode}", text, StringComparison.Ordinal);
        Assert.NotEqual(corrected.OldCode, corrected.NewCode);

        var researcher = corrected.App.ClientFor(Personas.Researcher);
        var old = await researcher.GetByteArrayAsync(corrected.OldLetter.GetProperty("url").GetString());
        Assert.Equal(corrected.Approved.Pdf, old);
        Assert.Equal(corrected.NewPdf, await researcher.GetByteArrayAsync($"/api/applications/{corrected.Id}/letter.pdf"));
        Assert.DoesNotContain("corrects and replaces", PdfText.All(old), StringComparison.Ordinal);
    }

    [Fact]
    public void The_review_page_showed_exactly_what_changes_and_what_cannot()
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(corrected.ReviewPage);
        var change = Assert.Single(page.QuerySelectorAll("#changes tbody tr"));
        Assert.Equal(["Addressee", "Dr Priya Shah", CorrectedApp.CorrectedName], change.Children.Select(c => c.TextContent.Trim()));
        Assert.Contains(corrected.OldCode, page.QuerySelector("#preview")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(
            "The decision (approved with conditions), its reasons, the data items",
            page.QuerySelector("#preview")!.TextContent,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Verify_pages_link_the_two_letters_and_the_api_answers_genuine_for_both_saying_which_is_superseded()
    {
        var anonymous = corrected.App.ClientFor(null);
        var oldPage = await HtmlForms.GetPageAsync(anonymous, $"/verify/{corrected.OldCode}");
        Assert.Contains("superseded", oldPage.QuerySelector("#superseded")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/verify/{corrected.NewCode}", oldPage.QuerySelector("#superseded-by")!.GetAttribute("href"));
        var newPage = await HtmlForms.GetPageAsync(anonymous, $"/verify/{corrected.NewCode}");
        Assert.Null(newPage.QuerySelector("#superseded"));
        Assert.Contains(corrected.OldCode, newPage.QuerySelector("#corrects")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(CorrectedApp.Reason, newPage.QuerySelector("#corrects")!.TextContent, StringComparison.Ordinal);

        var oldAnswer = await VerifyAsync(anonymous, corrected.Approved.Pdf);
        Assert.True(oldAnswer.GetProperty("genuine").GetBoolean());
        Assert.Equal("genuine_superseded", oldAnswer.GetProperty("status").GetString());
        Assert.Contains(corrected.NewCode, oldAnswer.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(corrected.NewCode, oldAnswer.GetProperty("letter").GetProperty("supersededByVerificationCode").GetString());
        var newAnswer = await VerifyAsync(anonymous, corrected.NewPdf);
        Assert.Equal("genuine", newAnswer.GetProperty("status").GetString());
        Assert.Equal(corrected.OldCode, newAnswer.GetProperty("letter").GetProperty("correctsVerificationCode").GetString());
    }

    [Fact]
    public async Task The_record_bundle_and_timeline_hold_both_letters_with_their_hashes()
    {
        var compliance = corrected.App.ClientFor(Personas.Compliance);
        var reference = corrected.Approved.Reference;
        var record = JsonDocument.Parse(await compliance.GetStringAsync($"/api/decisions/{reference}/record")).RootElement;
        var letters = record.GetProperty("letters").EnumerateArray().ToList();
        Assert.Equal([corrected.OldCode, corrected.NewCode], letters.Select(l => l.GetProperty("verificationCode").GetString()));
        Assert.Equal(corrected.NewCode, record.GetProperty("letter").GetProperty("verificationCode").GetString());
        Assert.Contains(record.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "letter_corrected");

        using var zip = new ZipArchive(new MemoryStream(await compliance.GetByteArrayAsync($"/api/decisions/{reference}/bundle.zip")));
        var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open()).RootElement;
        var listed = manifest.GetProperty("letters").EnumerateArray().ToList();
        Assert.Equal(2, listed.Count);
        foreach (var (entry, expected) in listed.Zip([corrected.Approved.Pdf, corrected.NewPdf]))
        {
            using var file = new MemoryStream();
            await zip.GetEntry(entry.GetProperty("file").GetString()!)!.Open().CopyToAsync(file);
            Assert.Equal(expected, file.ToArray());
            Assert.Equal(
                Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(expected)),
                entry.GetProperty("sha256AsIssued").GetString()
            );
        }
        Assert.Equal(corrected.NewCode, listed[0].GetProperty("supersededBy").GetString());

        var page = await HtmlForms.GetPageAsync(compliance, $"/compliance/records/{reference}");
        Assert.Equal(2, page.QuerySelectorAll("#letters tbody tr").Length);
        Assert.Contains("Corrected letter issued", page.QuerySelectorAll("#timeline tbody tr").Select(r => r.Children[1].TextContent));
    }

    [Fact]
    public async Task The_researcher_sees_and_downloads_both_letters_and_another_researcher_sees_neither()
    {
        var owner = corrected.App.ClientFor(Personas.Researcher);
        var details = await HtmlForms.GetPageAsync(owner, $"/applications/{corrected.Id}");
        Assert.Equal(2, details.QuerySelectorAll("#letters tbody tr").Length);
        var other = corrected.App.ClientFor(Personas.Researcher2);
        foreach (var letter in new[] { corrected.OldLetter, corrected.NewLetter })
        {
            var url = letter.GetProperty("url").GetString()!;
            Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        }
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await owner.GetAsync($"/api/applications/{corrected.Id}/letters/{Guid.NewGuid()}.pdf")).StatusCode
        );
    }

    [Theory]
    [InlineData(Personas.Compliance)]
    [InlineData(Personas.Researcher)]
    public async Task Only_the_chief_statistician_can_correct(string persona)
    {
        var client = corrected.App.ClientFor(persona);
        var api = await client.PostAsync(
            $"/api/applications/{corrected.Id}/letter-corrections",
            ApiClient.Json("""{"reason":"x","addresseeName":"Someone Else"}""")
        );
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        var page = await client.GetAsync($"/decisions/{corrected.Id}/correct-letter");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("access-denied", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        await AssertLetterCountAsync(2);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_clear_message_naming_the_field_and_nothing_is_stored()
    {
        var chief = corrected.App.ClientFor(Personas.ChiefStatistician);
        var api = $"/api/applications/{corrected.Id}/letter-corrections";
        foreach (
            var (body, field) in new[]
            {
                ("""{"addresseeName":"Dr P. Shah"}""", "reason"),
                ("""{"reason":"typo","addresseeName":"  "}""", "addresseeName"),
                ("""{"reason":"typo","conditions":["only one"]}""", "conditions"),
                ("""{"reason":"typo"}""", "reason"),
                ("""{"reason":"typo","addresseeName":42}""", "addresseeName"),
            }
        )
        {
            var response = await chief.PostAsync(api, ApiClient.Json(body));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{body} → {problem}");
        }

        var stale = await chief.PostAsync(
            api,
            ApiClient.Json(
                $$"""{"reason":"typo","addresseeName":"Dr P. Shah","supersedesLetterId":"{{corrected.OldLetter.GetProperty("letterId").GetString()}}"}"""
            )
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var page = await HtmlForms.SubmitAsync(
            chief,
            $"/decisions/{corrected.Id}/correct-letter",
            "form[action*='handler=Review']",
            [new("Input.Reason", "typo"), new("Input.OrganisationName", "")]
        );
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        Assert.Equal("Enter the organisation's name.", html.QuerySelector(".govuk-error-summary a[href='#OrganisationName']")!.TextContent);

        var unconfirmed = await HtmlForms.SubmitAsync(
            chief,
            $"/decisions/{corrected.Id}/correct-letter",
            "form[action*='handler=Review']",
            [new("Input.Reason", "typo"), new("Input.ProjectTitle", "A corrected title")]
        );
        var review = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await unconfirmed.Content.ReadAsStringAsync());
        var sign = await HtmlForms.SubmitAsync(
            chief,
            review,
            $"/decisions/{corrected.Id}/correct-letter",
            "form[action*='handler=Sign']",
            []
        );
        Assert.Equal(HttpStatusCode.BadRequest, sign.StatusCode);
        Assert.Contains(
            "Confirm that you have read the corrected letter",
            await sign.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );

        await AssertLetterCountAsync(2);
    }

    private async Task AssertLetterCountAsync(int expected)
    {
        var view = await ApiClient.GetAsync(corrected.App.ClientFor(Personas.Researcher), corrected.Id);
        Assert.Equal(expected, view.GetProperty("letters").GetArrayLength());
        Assert.Equal(
            expected - 1,
            view.GetProperty("timeline").EnumerateArray().Count(e => e.GetProperty("type").GetString() == "letter_corrected")
        );
    }

    private static async Task<JsonElement> VerifyAsync(HttpClient client, byte[] pdf)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "letter.pdf" } };
        return await (await client.PostAsync("/api/verify", content)).Content.ReadFromJsonAsync<JsonElement>();
    }
}
