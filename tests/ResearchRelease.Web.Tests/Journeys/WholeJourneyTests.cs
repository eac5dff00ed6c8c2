using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using ResearchRelease.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace ResearchRelease.Web.Tests.Journeys;

/// <summary>
/// The walking skeleton end to end over HTTP: a researcher applies through the form pages, screening and the
/// workflow route it, the Chief Statistician reviews and signs, the letter is issued, compliance reads the record.
/// </summary>
public abstract class WholeJourneyTests(string provider)
{
    [SkippableFact]
    public async Task Researcher_applies_chief_statistician_approves_compliance_downloads_the_record()
    {
        if (provider == "Postgres") TestDatabase.RequirePostgres();
        using var database = TestDatabase.Create(provider);
        await using var app = new AppFactory(database);
        var researcher = app.ClientFor(Personas.Researcher);
        var chief = app.ClientFor(Personas.ChiefStatistician);
        var compliance = app.ClientFor(Personas.Compliance);

        // The researcher fills in the form and saves a draft.
        var saved = await HtmlForms.SubmitAsync(researcher, "/applications/edit", "#application-form", FirstExampleAnswers.Fields());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var detailsUrl = saved.Headers.Location!.OriginalString.Split('?')[0];
        var id = Guid.Parse(detailsUrl.Split('/').Last());

        // The details page shows the screening as advice before submission; then they submit.
        var details = await HtmlForms.GetPageAsync(researcher, detailsUrl);
        Assert.Contains("Check before you submit", details.Body!.TextContent, StringComparison.Ordinal);
        var submitted = await HtmlForms.SubmitAsync(researcher, details, detailsUrl, "form[action*='handler=Submit']", []);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var view = await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        var reference = view.GetProperty("reference").GetString()!;
        Assert.Equal("eligible", view.GetProperty("screening").GetProperty("overall").GetString());

        // The Chief Statistician finds it in the queue, reviews what will be signed, then signs.
        var queue = await HtmlForms.GetPageAsync(chief, "/decisions");
        Assert.Contains(reference, queue.Body!.TextContent, StringComparison.Ordinal);
        var caseUrl = $"/decisions/{id}";
        var review = await HtmlForms.SubmitAsync(chief, caseUrl, "form[action*='handler=Review']",
        [
            new("Input.Outcome", "approve"),
            new("Input.Conditions", "Results must be shared with the Department two weeks before publication."),
            new("Input.EndDay", "31"), new("Input.EndMonth", "3"), new("Input.EndYear", "2029"),
        ]);
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var preview = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await review.Content.ReadAsStringAsync());
        var shown = preview.QuerySelector("#preview")!.TextContent;
        Assert.Contains("Results must be shared with the Department two weeks before publication.", shown, StringComparison.Ordinal);
        Assert.Contains("31 March 2029", shown, StringComparison.Ordinal);
        Assert.Contains("Key stage 4 results", shown, StringComparison.Ordinal);
        var signed = await HtmlForms.SubmitAsync(chief, preview, caseUrl, "form[action*='handler=Sign']", [new("confirmed", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);

        // The letter is issued by the workflow; the researcher downloads it.
        view = await ApiClient.WaitForLetterAsync(researcher, id);
        Assert.Equal("Approved", view.GetProperty("status").GetString());
        var pdf = await researcher.GetByteArrayAsync($"/api/applications/{id}/letter.pdf");
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Join("\n", document.GetPages().Select(p => p.Text));
            Assert.Contains(reference, text, StringComparison.Ordinal);
            Assert.Contains("University of Northmoor", text, StringComparison.Ordinal);
            Assert.Contains("Helen Marsh", text, StringComparison.Ordinal);
            Assert.Contains("two weeks before publication", text, StringComparison.Ordinal);
        }

        // Compliance sees it in the register and downloads the record; the letter's hash matches.
        var register = await HtmlForms.GetPageAsync(compliance, "/compliance");
        Assert.Contains(reference, register.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await compliance.GetAsync($"/compliance/records/{reference}")).StatusCode);
        var record = JsonDocument.Parse(await compliance.GetStringAsync($"/api/decisions/{reference}/record")).RootElement;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), record.GetProperty("letter").GetProperty("sha256").GetString());
        Assert.Equal("approve", record.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Contains(record.GetProperty("screening").GetProperty("ruleset").GetString(), new[] { "2009", "2013" });
        var events = record.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["drafted", "submitted", "screened", "sent_to_chief_statistician", "decided", "letter_issued"],
            events.Select(e => e.GetProperty("type").GetString()));
        for (var i = 1; i < events.Count; i++)
            Assert.Equal(events[i - 1].GetProperty("hash").GetString(), events[i].GetProperty("previousHash").GetString());
        Assert.Equal("Helen Marsh", events.Single(e => e.GetProperty("type").GetString() == "decided").GetProperty("actorName").GetString());
    }
}

public sealed class WholeJourneyOnSqlite() : WholeJourneyTests("Sqlite");

public sealed class WholeJourneyOnPostgres() : WholeJourneyTests("Postgres");
