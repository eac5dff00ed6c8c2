using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Corrections;

/// <summary>The same correction on PostgreSQL: both letters kept, both verify, the bundle holds both, compliance cannot correct.</summary>
public sealed class PostgresCorrectionTests(CorrectedPostgresApp corrected) : IClassFixture<CorrectedPostgresApp>
{
    [SkippableFact]
    public async Task Both_letters_are_kept_verified_and_bundled_on_postgres()
    {
        TestDatabase.RequirePostgres();
        var anonymous = corrected.App.ClientFor(null);
        foreach (var (pdf, status) in new[] { (corrected.Approved.Pdf, "genuine_superseded"), (corrected.NewPdf, "genuine") })
        {
            using var content = new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "letter.pdf" } };
            var answer = await (await anonymous.PostAsync("/api/verify", content)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(answer.GetProperty("genuine").GetBoolean());
            Assert.Equal(status, answer.GetProperty("status").GetString());
        }
        var oldPage = await HtmlForms.GetPageAsync(anonymous, $"/verify/{corrected.OldCode}");
        Assert.Equal($"/verify/{corrected.NewCode}", oldPage.QuerySelector("#superseded-by")!.GetAttribute("href"));

        var compliance = corrected.App.ClientFor(Personas.Compliance);
        using var zip = new ZipArchive(
            new MemoryStream(await compliance.GetByteArrayAsync($"/api/decisions/{corrected.Approved.Reference}/bundle.zip"))
        );
        Assert.Equal(2, JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open()).RootElement.GetProperty("letters").GetArrayLength());
        var refused = await compliance.PostAsync(
            $"/api/applications/{corrected.Id}/letter-corrections",
            ApiClient.Json("""{"reason":"x"}""")
        );
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var audit = JsonDocument.Parse(await compliance.GetStringAsync("/api/audit/verify")).RootElement;
        Assert.Equal("intact", audit.GetProperty("status").GetString());
        var register = await HtmlForms.GetPageAsync(compliance, "/compliance?dataItem=ks4_results");
        Assert.Contains(corrected.Approved.Reference, register.QuerySelector("#register")!.TextContent, StringComparison.Ordinal);
    }
}
