using System.Net;
using System.Text.Json;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Compliance;

/// <summary>The register search, exports, public register and verification run the same queries on PostgreSQL.</summary>
public sealed class PostgresOutputsTests(ApprovedPostgresApp approved) : IClassFixture<ApprovedPostgresApp>
{
    [SkippableFact]
    public async Task Search_exports_public_register_and_verification_work_on_postgres()
    {
        TestDatabase.RequirePostgres();
        var compliance = approved.App.ClientFor(Personas.Compliance);
        var org = approved.Example.GetProperty("organisation").GetProperty("name").GetString()!;
        var page = await HtmlForms.GetPageAsync(
            compliance,
            $"/compliance?organisation={Uri.EscapeDataString(org.ToLowerInvariant())}&status=Approved&dataItem=ks4_results&decidedFrom=2000-01-01"
        );
        Assert.Contains(approved.Reference, page.QuerySelector("#register")!.TextContent, StringComparison.Ordinal);

        Assert.Contains(
            approved.Reference,
            await compliance.GetStringAsync("/api/decisions.csv?applicant=priya"),
            StringComparison.Ordinal
        );
        Assert.Contains(approved.Reference, await compliance.GetStringAsync("/api/decisions.json"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await compliance.GetAsync($"/api/decisions/{approved.Reference}/bundle.zip")).StatusCode);

        var anonymous = approved.App.ClientFor(null);
        Assert.Contains(approved.Reference, await anonymous.GetStringAsync("/register.csv"), StringComparison.Ordinal);
        var verify = await HtmlForms.GetPageAsync(anonymous, $"/verify/{approved.VerificationCode}");
        Assert.Equal(approved.Sha256, verify.QuerySelector("#sha256")!.TextContent.Trim());

        using var upload = new MultipartFormDataContent { { new ByteArrayContent(approved.Pdf), "file", "letter.pdf" } };
        var answer = JsonDocument.Parse(await (await anonymous.PostAsync("/api/verify", upload)).Content.ReadAsStringAsync()).RootElement;
        Assert.True(answer.GetProperty("genuine").GetBoolean());

        var audit = JsonDocument.Parse(await compliance.GetStringAsync("/api/audit/verify")).RootElement;
        Assert.Equal("intact", audit.GetProperty("status").GetString());
    }
}
