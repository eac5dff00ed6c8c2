using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResearchRelease.Web.Process;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Letters;

namespace ResearchRelease.Web.Tests.Lifecycle;

/// <summary>
/// An extension is an amendment of the approval: requested on the researcher's pages, screened in the next round,
/// decided by the Chief Statistician (approve or refuse only), and answered with a letter amending the original.
/// </summary>
public abstract class ExtensionTests(LifecycleApp app)
{
    private readonly HttpClient _researcher = app.App.ClientFor(Personas.Researcher);
    private readonly HttpClient _chief = app.App.ClientFor(Personas.ChiefStatistician);

    private async Task<(Guid Id, string Reference, DateOnly End, DateOnly NewEnd)> RequestedAsync(string organisation)
    {
        var (id, reference, end) = await Releases.ApprovedAsync(app, organisation);
        var newEnd = end.AddMonths(6);
        var details = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}");
        Assert.Equal($"/applications/{id}/extension", details.QuerySelector("#request-extension")!.GetAttribute("href"));

        var url = $"/applications/{id}/extension";
        var blank = await HtmlForms.SubmitAsync(_researcher, url, "#extension-form", []);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("Enter the new end date.", await blank.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var answers = new KeyValuePair<string, string>[]
        {
            new("NewEndDay", newEnd.Day.ToString(CultureInfo.InvariantCulture)),
            new("NewEndMonth", newEnd.Month.ToString(CultureInfo.InvariantCulture)),
            new("NewEndYear", newEnd.Year.ToString(CultureInfo.InvariantCulture)),
            new("Justification", "The follow-up survey was delayed by six months."),
        };
        var checkResponse = await HtmlForms.SubmitAsync(_researcher, url, "#extension-form", answers);
        Assert.Equal(HttpStatusCode.OK, checkResponse.StatusCode);
        var check = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await checkResponse.Content.ReadAsStringAsync());
        Assert.Equal(Releases.Long(newEnd), check.QuerySelector("#check-new-end")!.TextContent.Trim());
        Assert.Equal("Approved", Releases.Status(await ApiClient.GetAsync(_researcher, id)));

        var sent = await HtmlForms.SubmitAsync(_researcher, check, url, "#send-form", []);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains(app.Outbox(id), m => m.Signal == ProcessSignals.ExtensionRequested && m.Round == 1);

        // The request that sent it also ran the process to its next wait: round 2 is screened and with the Chief
        // Statistician by the time the researcher sees the answer, and carries the new end date.
        var view = await ApiClient.GetAsync(_researcher, id);
        Assert.Equal(("ExtensionAwaitingDecision", 2), (Releases.Status(view), view.GetProperty("round").GetInt32()));
        Assert.Equal(reference, view.GetProperty("reference").GetString());
        Assert.Equal(Releases.Iso(newEnd), view.GetProperty("submitted").GetProperty("settings").GetProperty("retentionEnd").GetString());
        return (id, reference, end, newEnd);
    }

    [SkippableFact]
    public async Task An_approved_extension_moves_the_end_date_and_is_answered_with_an_amendment_letter()
    {
        var (id, reference, end, newEnd) = await RequestedAsync("Extension University");
        var decidedAt = (await ApiClient.GetAsync(_researcher, id)).GetProperty("decision").GetProperty("decidedAt").GetDateTime();
        var queue = await _chief.GetFromJsonAsync<JsonElement>("/api/queue");
        var entry = queue.GetProperty("items").EnumerateArray().Single(q => q.GetProperty("id").GetGuid() == id);
        Assert.True(entry.GetProperty("extension").GetBoolean());

        var casePage = await HtmlForms.GetPageAsync(_chief, $"/decisions/{id}");
        Assert.Equal($"{Releases.Long(end)} → {Releases.Long(newEnd)}", casePage.QuerySelector("#amendment-dates")!.TextContent.Trim());
        Assert.Equal(["approve", "refuse"], casePage.QuerySelectorAll("input[name='Input.Outcome']").Select(i => i.GetAttribute("value")!));

        var returned = await ApiClient.DecideAsync(_chief, id, new { outcome = "return", reasons = "Change it." });
        Assert.Equal(HttpStatusCode.BadRequest, returned.StatusCode);
        Assert.Contains("\"outcome\"", await returned.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Through the case page: review shows the amendment, signing records it.
        var review = await HtmlForms.SubmitAsync(
            _chief,
            casePage,
            $"/decisions/{id}",
            "form[action*='Review']",
            [new("Input.Outcome", "approve")]
        );
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var preview = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await review.Content.ReadAsStringAsync());
        Assert.Equal(
            $"Release end date {Releases.Long(end)} → {Releases.Long(newEnd)}",
            preview.QuerySelector("#preview-amendment")!.TextContent.Trim()
        );
        var signed = await HtmlForms.SubmitAsync(_chief, preview, $"/decisions/{id}", "form[action*='Sign']", [new("confirmed", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);

        var view = await ApiClient.GetAsync(_researcher, id);
        Assert.Equal("Approved", Releases.Status(view));
        Assert.Equal(Releases.Iso(newEnd), view.GetProperty("release").GetProperty("endDate").GetString());
        Assert.Equal(Releases.Iso(end), view.GetProperty("decision").GetProperty("endDate").GetString());
        Assert.Contains(app.Outbox(id), m => m.Signal == ProcessSignals.ExtensionDecided && m.Round == 2 && m.Payload == "approve");
        Assert.DoesNotContain(app.Outbox(id), m => m.Signal == ProcessSignals.Decided && m.Round == 2);
        Assert.Equal(newEnd, DateOnly.FromDateTime((await app.AnchorAsync(id, 2, ProcessAnchorNames.ReleaseEnd))!.Value.UtcDateTime));

        Assert.Equal("issued", await app.RunAsync(ProcessActivityNames.IssueExtensionLetter, id, 2));
        Assert.Equal("issued", await app.RunAsync(ProcessActivityNames.IssueExtensionLetter, id, 2));
        view = await ApiClient.GetAsync(_researcher, id);
        Assert.Equal(2, Releases.EventTypes(view).Count(t => t == "letter_issued"));
        var text = PdfText.All(await _researcher.GetByteArrayAsync($"/api/applications/{id}/letters/2.pdf"));
        Assert.Contains($"Amendment to approval {reference}: new end date {Releases.Long(newEnd)}", text, StringComparison.Ordinal);
        // The amendment restates the terms: its destruction condition carries the new end date, never the old one.
        Assert.Contains($"destroyed by {Releases.Long(newEnd)}", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"destroyed by {Releases.Long(end)}", text, StringComparison.Ordinal);
        // The amendment is now the letter in force; the application's decision time is still the approval's.
        Assert.Equal("extension", view.GetProperty("letter").GetProperty("kind").GetString());
        Assert.Contains(
            "Amendment",
            PdfText.All(await _researcher.GetByteArrayAsync($"/api/applications/{id}/letter.pdf")),
            StringComparison.Ordinal
        );
        Assert.Equal(decidedAt, view.GetProperty("decision").GetProperty("decidedAt").GetDateTime());

        // A correction corrects the letter in force (the amendment) and keeps its terms.
        var amendment = view.GetProperty("letter").GetProperty("verificationCode").GetString();
        var corrected = await _chief.PostAsync(
            $"/api/applications/{id}/letter-corrections",
            ApiClient.Json("""{"reason":"The organisation's name was misspelt.","organisationName":"Extension University (corrected)"}""")
        );
        Assert.True(corrected.IsSuccessStatusCode, await corrected.Content.ReadAsStringAsync());
        view = await ApiClient.GetAsync(_researcher, id);
        var letters = view.GetProperty("letters").EnumerateArray().ToList();
        Assert.Equal(
            amendment,
            letters.Single(l => l.GetProperty("inForce").GetBoolean()).GetProperty("supersedesVerificationCode").GetString()
        );
        var correctedText = PdfText.All(await _researcher.GetByteArrayAsync($"/api/applications/{id}/letter.pdf"));
        Assert.Contains("Extension University (corrected)", correctedText, StringComparison.Ordinal);
        Assert.Contains($"destroyed by {Releases.Long(newEnd)}", correctedText, StringComparison.Ordinal);
        Assert.DoesNotContain($"destroyed by {Releases.Long(end)}", correctedText, StringComparison.Ordinal);
        Assert.Equal(Releases.Iso(newEnd), view.GetProperty("release").GetProperty("endDate").GetString());
    }

    [SkippableFact]
    public async Task A_refused_extension_keeps_the_original_end_date()
    {
        var (id, reference, end, _) = await RequestedAsync("Refusal Academy");
        var decidedAt = (await ApiClient.GetAsync(_researcher, id)).GetProperty("decision").GetProperty("decidedAt").GetDateTime();
        var refused = await ApiClient.DecideAsync(_chief, id, new { outcome = "refuse", reasons = "The delay is not explained." });
        Assert.True(refused.IsSuccessStatusCode, await refused.Content.ReadAsStringAsync());
        // The answer names the decision just made, not the application's standing approval.
        Assert.Equal("refuse", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
        Assert.Contains(app.Outbox(id), m => m.Signal == ProcessSignals.ExtensionDecided && m.Payload == "refuse");
        Assert.Equal("issued", await app.RunAsync(ProcessActivityNames.IssueExtensionRefusalLetter, id, 2));

        var view = await ApiClient.GetAsync(_researcher, id);
        Assert.Equal("Approved", Releases.Status(view));
        Assert.Equal(Releases.Iso(end), view.GetProperty("release").GetProperty("endDate").GetString());
        var extension = view.GetProperty("release").GetProperty("extensions")[0];
        Assert.Equal("refuse", extension.GetProperty("outcome").GetString());
        var text = PdfText.All(await _researcher.GetByteArrayAsync(extension.GetProperty("letter").GetProperty("url").GetString()));
        Assert.Contains($"Amendment to approval {reference}: extension refused", text, StringComparison.Ordinal);
        Assert.Contains("The delay is not explained.", text, StringComparison.Ordinal);
        Assert.Equal(end, DateOnly.FromDateTime((await app.AnchorAsync(id, 2, ProcessAnchorNames.ReleaseEnd))!.Value.UtcDateTime));
        Assert.Equal(decidedAt, view.GetProperty("decision").GetProperty("decidedAt").GetDateTime());
        // The release still stands, so the public register still lists it, on the page and in the CSV.
        var anonymous = app.App.CreateClient();
        Assert.NotNull((await HtmlForms.GetPageAsync(anonymous, "/register")).QuerySelector($"#release-{reference}"));
        Assert.Contains(reference, await anonymous.GetStringAsync("/register.csv"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Extension_requests_over_json_name_the_field_and_only_the_owner_may_ask()
    {
        var (id, _, end) = await Releases.ApprovedAsync(app, "Json Extension College");
        foreach (
            var (json, field) in new[]
            {
                ("""{"newEndDate":"31/03/2030","justification":"More time."}""", "newEndDate"),
                ($$"""{"newEndDate":"{{Releases.Iso(end)}}","justification":"More time."}""", "newEndDate"),
                ($$"""{"newEndDate":"{{Releases.Iso(end.AddYears(1))}}","justification":""}""", "justification"),
                ("""{"newEndDate":7}""", "newEndDate"),
            }
        )
        {
            var response = await _researcher.PostAsync($"/api/applications/{id}/extension", ApiClient.Json(json));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var valid = ApiClient.Json($$"""{"newEndDate":"{{Releases.Iso(end.AddYears(1))}}","justification":"More time."}""");
        var other = app.App.ClientFor(Personas.Researcher2);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/applications/{id}/extension", valid)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/applications/{id}/extension")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await _researcher.PostAsync($"/api/applications/{id}/extension", valid)).StatusCode);
        // One open extension at a time.
        var again = ApiClient.Json($$"""{"newEndDate":"{{Releases.Iso(end.AddYears(1))}}","justification":"More time."}""");
        Assert.Equal(HttpStatusCode.Conflict, (await _researcher.PostAsync($"/api/applications/{id}/extension", again)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await _researcher.GetAsync($"/applications/{id}/extension")).StatusCode);
    }
}

public sealed class ExtensionOnSqlite(SqliteLifecycleApp app) : ExtensionTests(app), IClassFixture<SqliteLifecycleApp>;

public sealed class ExtensionOnPostgres(PostgresLifecycleApp app) : ExtensionTests(app), IClassFixture<PostgresLifecycleApp>;
