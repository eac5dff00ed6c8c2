using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using ResearchRelease.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace ResearchRelease.Web.Tests.Journeys;

/// <summary>
/// The walking skeleton end to end over HTTP: a researcher applies through the question flow, screening and the
/// workflow route it, the Chief Statistician reviews and signs, the letter is issued, compliance reads the record.
/// </summary>
public abstract class WholeJourneyTests(string provider)
{
    [SkippableFact]
    public async Task Researcher_applies_chief_statistician_approves_compliance_downloads_the_record()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var database = TestDatabase.Create(provider);
        await using var app = new AppFactory(database);
        var researcher = app.ClientFor(Personas.Researcher);
        var chief = app.ClientFor(Personas.ChiefStatistician);
        var compliance = app.ClientFor(Personas.Compliance);

        // The researcher answers the question flow page by page; every section of the task list is then completed.
        var id = await ApplicationFlow.FillFirstExampleAsync(researcher);
        var tasks = await HtmlForms.GetPageAsync(researcher, $"/applications/{id}/tasks");
        foreach (var section in new[] { "people", "project", "necessity", "data", "settings" })
            Assert.Equal("Completed", TaskList.SectionStatus(tasks, section));

        // Check your answers shows every answer with a change link and the screening as advice; then they submit.
        var checkUrl = $"/applications/{id}/check-answers";
        var check = await HtmlForms.GetPageAsync(researcher, checkUrl);
        Assert.Contains("Check before you submit", check.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(
            "Tom Evans, tom.evans@exampleton.ac.uk, University of Exampleton (accredited researcher)",
            check.Body.TextContent,
            StringComparison.Ordinal
        );
        Assert.Contains("RQ2: Does the gap differ between school types?", check.Body.TextContent, StringComparison.Ordinal);
        Assert.NotNull(check.QuerySelector($"a[href='/applications/{id}/data-items/ks4_results?returnTo=check']"));
        var submitted = await HtmlForms.SubmitAsync(researcher, check, checkUrl, "#submit-form", []);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        // The submitting request screened it and sent it on (ADR 0023): the confirmation says so, with no waiting.
        var confirmation = await HtmlForms.GetPageAsync(researcher, submitted.Headers.Location!.OriginalString);
        Assert.Contains(
            "It meets them and is now with the Chief Statistician",
            confirmation.QuerySelector("#checked")!.TextContent,
            StringComparison.Ordinal
        );
        var view = await ApiClient.GetAsync(researcher, id);
        Assert.Equal("AwaitingDecision", view.GetProperty("status").GetString());
        var reference = view.GetProperty("reference").GetString()!;
        Assert.Equal("eligible", view.GetProperty("screening").GetProperty("overall").GetString());

        // The Chief Statistician finds it in the queue, reviews what will be signed, then signs.
        var queue = await HtmlForms.GetPageAsync(chief, "/decisions");
        Assert.Contains(reference, queue.Body!.TextContent, StringComparison.Ordinal);
        var caseUrl = $"/decisions/{id}";
        var review = await HtmlForms.SubmitAsync(
            chief,
            caseUrl,
            "form[action*='handler=Review']",
            [
                new("Input.Outcome", "approve"),
                new("Input.Conditions", "Results must be shared with the Department two weeks before publication."),
                new("Input.EndDay", "31"),
                new("Input.EndMonth", "3"),
                new("Input.EndYear", "2029"),
            ]
        );
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
        // Each page saved along the way is a draft update; after them, the process itself.
        Assert.Equal(
            ["drafted", "submitted", "screened", "sent_to_chief_statistician", "decided", "letter_issued"],
            events.Select(e => e.GetProperty("type").GetString()).Where(t => t != "draft_updated")
        );
        Assert.True(events.Count(e => e.GetProperty("type").GetString() == "draft_updated") >= ApplicationFlow.QuestionPages.Length);
        for (var i = 1; i < events.Count; i++)
            Assert.Equal(events[i - 1].GetProperty("hash").GetString(), events[i].GetProperty("previousHash").GetString());
        Assert.Equal(
            "Helen Marsh",
            events.Single(e => e.GetProperty("type").GetString() == "decided").GetProperty("actorName").GetString()
        );
    }
}

public sealed class WholeJourneyOnSqlite() : WholeJourneyTests("Sqlite");

public sealed class WholeJourneyOnPostgres() : WholeJourneyTests("Postgres");
