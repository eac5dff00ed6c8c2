using System.Net;
using System.Text.Json;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Letters;
using static ResearchRelease.Web.Tests.Deputies.DeputySteps;

namespace ResearchRelease.Web.Tests.Deputies;

/// <summary>
/// A designated deputy, end to end over HTTP: no designation, no decisions (403 with a page that says why); the Chief
/// Statistician designates; the deputy decides under the same separation of duties; the event, the letter and the
/// compliance record name the designation; the deputy can correct the letter; compliance reads the log and changes
/// nothing; a revocation counts at once.
/// Each test has an app of its own: there is one deputy at a time, so designations would collide in a shared app.
/// </summary>
public abstract class DeputyTests(string provider)
{
    [SkippableFact]
    public async Task A_designated_deputy_decides_and_the_letter_and_record_show_the_designation()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var database = TestDatabase.Create(provider);
        await using var app = new AppFactory(database);
        var researcher = app.ClientFor(Personas.Researcher);
        var chief = app.ClientFor(Personas.ChiefStatistician);
        var deputy = app.ClientFor(Personas.Deputy);
        var compliance = app.ClientFor(Personas.Compliance);
        var (plain, reference) = await ApiClient.CreateAsync(researcher, ExampleCases.ApplicationJson("pub-01"));
        await ApiClient.SubmitAsync(researcher, plain);
        var naming = await NamingTheDeputyAsync(researcher);
        await ApiClient.WaitForStatusAsync(researcher, plain, "AwaitingDecision");

        // Not designated: no queue, no case page, no decision, and a page that says why and what to do.
        Assert.Equal("denied", await AnswerAsync(deputy, "/decisions"));
        Assert.Equal("denied", await AnswerAsync(deputy, $"/decisions/{plain}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await deputy.GetAsync("/api/queue")).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await ApiClient.DecideAsync(deputy, plain, new { outcome = "approve", endDate = "2029-03-31" })).StatusCode
        );
        Assert.Equal(HttpStatusCode.NotFound, (await deputy.GetAsync($"/api/applications/{plain}")).StatusCode);
        var denied = await deputy.GetAsync("/access-denied");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var deniedText = await denied.Content.ReadAsStringAsync();
        Assert.Contains("You have not been designated", deniedText, StringComparison.Ordinal);
        Assert.Contains(DeputySubject, deniedText, StringComparison.Ordinal);

        // The Chief Statistician designates; compliance sees it and cannot designate.
        var designated = await DesignateOnPageAsync(chief, Today, Today.AddDays(14));
        Assert.Equal(HttpStatusCode.Redirect, designated.StatusCode);
        var list = await HtmlForms.GetPageAsync(chief, "/deputies");
        Assert.Contains("Dr Aisha Rahman", list.QuerySelector("#designations")!.TextContent, StringComparison.Ordinal);
        var log = await HtmlForms.GetPageAsync(compliance, "/compliance/deputies");
        Assert.Contains(
            "Annual leave of the Chief Statistician",
            log.QuerySelector("#designations")!.TextContent,
            StringComparison.Ordinal
        );
        Assert.NotNull(log.QuerySelector("#chain-intact"));
        Assert.Empty(log.QuerySelectorAll("main form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await DesignateByApiAsync(compliance, new { deputySubject = "x" })).StatusCode);
        var designationId = JsonDocument
            .Parse(await compliance.GetStringAsync("/api/deputies"))
            .RootElement.GetProperty("designations")[0]
            .GetProperty("id")
            .GetString()!;

        // The deputy decides, except where they are named on the application.
        Assert.Equal("200", await AnswerAsync(deputy, "/decisions"));
        Assert.Equal("denied", await AnswerAsync(deputy, "/deputies"));
        Assert.Contains(
            "You are designated as deputy",
            await (await deputy.GetAsync("/access-denied")).Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        var signed = await ApproveOnPageAsync(deputy, plain);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var refused = await ApiClient.DecideAsync(deputy, naming, new { outcome = "approve", endDate = "2029-03-31" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("named on this application", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("AwaitingDecision", (await ApiClient.GetAsync(researcher, naming)).GetProperty("status").GetString());

        // The letter is signed for the Chief Statistician; the event and the record name the designation.
        await ApiClient.WaitForLetterAsync(researcher, plain);
        var letter = PdfText.All(await researcher.GetByteArrayAsync($"/api/applications/{plain}/letter.pdf"));
        Assert.Contains("Dr Aisha Rahman", letter, StringComparison.Ordinal);
        Assert.Contains("Deputy Director, for the Chief Statistician", letter, StringComparison.Ordinal);
        var record = JsonDocument.Parse(await compliance.GetStringAsync($"/api/decisions/{reference}/record")).RootElement;
        Assert.Equal(designationId, record.GetProperty("deputyDesignation").GetProperty("id").GetString());
        var decided = record.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "decided");
        Assert.Equal("DeputyChiefStatistician", decided.GetProperty("actorRole").GetString());
        Assert.Equal(designationId, decided.GetProperty("payload").GetProperty("deputyDesignationId").GetString());
        var recordPage = await HtmlForms.GetPageAsync(compliance, $"/compliance/records/{reference}");
        Assert.Contains(designationId, recordPage.QuerySelector("#deputy-designation")!.TextContent, StringComparison.Ordinal);

        // The deputy may correct the letter as they may decide (the only way when the Chief Statistician is named),
        // and the corrected letter is signed for the Chief Statistician too.
        var correction = """{"reason":"The project title was misspelt.","projectTitle":"Attainment gaps at key stage four"}""";
        var corrected = await deputy.PostAsync($"/api/applications/{plain}/letter-corrections", ApiClient.Json(correction));
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        var letterId = JsonDocument.Parse(await corrected.Content.ReadAsStringAsync()).RootElement.GetProperty("letterId").GetString();
        var correctedText = PdfText.All(await researcher.GetByteArrayAsync($"/api/applications/{plain}/letters/{letterId}.pdf"));
        Assert.Contains("Corrected letter", correctedText, StringComparison.Ordinal);
        Assert.Contains("Deputy Director, for the Chief Statistician", correctedText, StringComparison.Ordinal);

        // Revoked: at once, the deputy is turned away with the reason, and the log keeps both entries.
        var revoke = await HtmlForms.SubmitAsync(
            chief,
            $"/deputies/{designationId}/revoke",
            "main form",
            [new("reason", "Back from leave early")]
        );
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal("denied", await AnswerAsync(deputy, "/decisions"));
        Assert.Contains(
            "Back from leave early",
            await (await deputy.GetAsync("/access-denied")).Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await deputy.PostAsync($"/api/applications/{plain}/letter-corrections", ApiClient.Json(correction))).StatusCode
        );
        var after = JsonDocument.Parse(await compliance.GetStringAsync("/api/deputies")).RootElement;
        Assert.Equal(2, after.GetProperty("log").GetArrayLength());
        Assert.True(after.GetProperty("chainIntact").GetBoolean());
        Assert.Equal("Revoked", after.GetProperty("designations")[0].GetProperty("status").GetString());
    }
}

public sealed class DeputyOnSqlite() : DeputyTests("Sqlite");

public sealed class DeputyOnPostgres() : DeputyTests("Postgres");
