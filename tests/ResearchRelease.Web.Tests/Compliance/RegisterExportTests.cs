using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Compliance;

/// <summary>CSV and JSON exports of the register, and the per-record ZIP bundle.</summary>
public sealed class RegisterExportTests(ApprovedApp approved) : IClassFixture<ApprovedApp>
{
    private HttpClient Compliance => approved.App.ClientFor(Personas.Compliance);

    [Fact]
    public async Task The_csv_has_a_header_and_the_approved_application()
    {
        var response = await Compliance.GetAsync("/api/decisions.csv?status=Approved");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "a byte-order mark, so Excel reads UTF-8");
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "reference,project_title,organisation,applicant,status,screening_recommendation,decision,round,submitted_at,decided_at",
            lines[0]
        );
        Assert.Contains(lines, l =>
            l.StartsWith(approved.Reference + ",", StringComparison.Ordinal) && l.Contains(",Approved,", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Cells_that_a_spreadsheet_would_run_as_formulas_are_escaped()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var researcher = approved.App.ClientFor(Personas.Researcher);
        await Variants.SubmittedAsync(
            researcher,
            Variants.Of("pub-01", $"=HYPERLINK(\"http://evil.test\",\"{marker}\")", "@SUM(A1)", "+1-2 Formula " + marker)
        );
        await Variants.SubmittedAsync(researcher, Variants.Of("pub-01", "-2+3 Trust " + marker, "Plain Name"));

        var csv = await Compliance.GetStringAsync($"/api/decisions.csv");
        var mine = csv.Split("\r\n").Where(l => l.Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mine.Count);
        Assert.Contains(mine, l => l.Contains("\"'=HYPERLINK(\"\"http://evil.test\"\"", StringComparison.Ordinal));
        Assert.Contains(mine, l => l.Contains("\"'@SUM(A1)\"", StringComparison.Ordinal));
        Assert.Contains(mine, l => l.Contains("\"'+1-2 Formula", StringComparison.Ordinal));
        Assert.Contains(mine, l => l.Contains("\"'-2+3 Trust", StringComparison.Ordinal));
        Assert.DoesNotContain(mine, l => l.Contains(",=", StringComparison.Ordinal) || l.Contains(",@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_resubmitted_application_is_never_shown_as_decided_before_it_was_submitted()
    {
        var researcher = approved.App.ClientFor(Personas.Researcher);
        var chief = approved.App.ClientFor(Personas.ChiefStatistician);
        var (id, reference) = await Variants.SubmittedAsync(researcher, Variants.Of("pub-01", "Resubmission Institute"));
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        var returned = await ApiClient.DecideAsync(chief, id, new { outcome = "return", reasons = "Describe the linkage." });
        Assert.True(returned.IsSuccessStatusCode, await returned.Content.ReadAsStringAsync());
        await ApiClient.SubmitAsync(researcher, id);
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");

        JsonElement Row(string json) =>
            JsonDocument.Parse(json).RootElement.EnumerateArray().Single(r => r.GetProperty("reference").GetString() == reference);
        var waiting = Row(await Compliance.GetStringAsync("/api/decisions.json"));
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("decidedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("decision").ValueKind);

        var approve = await ApiClient.DecideAsync(
            chief,
            id,
            new
            {
                outcome = "approve",
                endDate = "2029-03-31",
                reasons = "Sound.",
            }
        );
        Assert.True(approve.IsSuccessStatusCode, await approve.Content.ReadAsStringAsync());
        var decided = Row(await Compliance.GetStringAsync("/api/decisions.json"));
        Assert.True(decided.GetProperty("decidedAt").GetDateTime() >= decided.GetProperty("submittedAt").GetDateTime());
    }

    [Fact]
    public async Task The_json_export_is_an_array_of_register_rows()
    {
        var json = JsonDocument.Parse(await Compliance.GetStringAsync("/api/decisions.json?status=Approved")).RootElement;
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        var row = json.EnumerateArray().Single(r => r.GetProperty("reference").GetString() == approved.Reference);
        Assert.Equal("approve", row.GetProperty("decision").GetString());
    }

    [Fact]
    public async Task The_bundle_holds_the_letter_record_screening_events_and_a_manifest_that_checks_out()
    {
        var response = await Compliance.GetAsync($"/api/decisions/{approved.Reference}/bundle.zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var files = zip.Entries.ToDictionary(e => e.FullName, e => Read(e));
        var letterName = $"{approved.Reference}-approval-letter.pdf";
        Assert.Equal(
            new[] { letterName, "events.json", "manifest.json", "record.json", "screening.json" },
            files.Keys.Order(StringComparer.Ordinal)
        );
        Assert.Equal(approved.Pdf, files[letterName]);

        var manifest = JsonDocument.Parse(files["manifest.json"]).RootElement;
        Assert.Equal(approved.Sha256, manifest.GetProperty("letterSha256AsIssued").GetString());
        foreach (var entry in manifest.GetProperty("files").EnumerateArray())
            Assert.Equal(
                Convert.ToHexStringLower(SHA256.HashData(files[entry.GetProperty("name").GetString()!])),
                entry.GetProperty("sha256").GetString()
            );

        var events = JsonDocument.Parse(files["events.json"]).RootElement.EnumerateArray().ToList();
        Assert.All(events, e => Assert.Equal(64, e.GetProperty("hash").GetString()!.Length));
        Assert.Equal(events[^1].GetProperty("hash").GetString(), manifest.GetProperty("eventChainHead").GetString());
        Assert.Equal("eligible", JsonDocument.Parse(files["screening.json"]).RootElement.GetProperty("overall").GetString());
    }

    [Fact]
    public async Task An_unknown_reference_has_no_bundle()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Compliance.GetAsync("/api/decisions/RR-1999-NOPE/bundle.zip")).StatusCode);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
