using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>
/// What must hold once the harness has stopped killing: every application ended exactly once, seen through the
/// API (what users see) and through the tables (what is really stored).
/// </summary>
public static class CrashChecks
{
    private static readonly string[] Counted = ["submitted", "screened", "decided", "letter_issued"];

    public static async Task ThroughTheApiAsync(HttpClient client, IReadOnlyList<HarnessApplication> applications)
    {
        foreach (var application in applications)
        {
            var id = application.Id!.Value;
            var view = await GetJsonAsync(client, Personas.Researcher, $"/api/applications/{id}");
            var who = $"application {application.Number} ({application.Path}, {id})";
            Assert.True(view.GetProperty("status").GetString() == application.ExpectedStatus, $"{who} ended {view.GetProperty("status")}");
            var timeline = view.GetProperty("timeline").EnumerateArray().ToList();
            var types = timeline.Select(e => e.GetProperty("type").GetString()!).ToList();
            AssertCounts(who, application, t => types.Count(x => x == t));
            for (var i = 1; i < timeline.Count; i++)
                Assert.True(
                    timeline[i - 1].GetProperty("hash").GetString() == timeline[i].GetProperty("previousHash").GetString(),
                    $"{who}: event {i + 1} does not link to event {i}"
                );

            var letter = view.GetProperty("letter");
            Assert.Equal(application.ExpectedLetter, letter.GetProperty("kind").GetString());
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/applications/{id}/letter.pdf");
            request.Headers.Add(DevelopmentPersonas.HeaderName, Personas.Researcher);
            using var pdf = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            var bytes = await pdf.Content.ReadAsByteArrayAsync();
            Assert.True(
                Convert.ToHexStringLower(SHA256.HashData(bytes)) == letter.GetProperty("sha256").GetString(),
                $"{who}: the letter served is not the letter recorded"
            );
        }

        var audit = await GetJsonAsync(client, Personas.Compliance, "/api/audit/verify");
        Assert.True(audit.GetProperty("status").GetString() == "intact", $"audit chain: {audit}");
        Assert.Equal(applications.Count, audit.GetProperty("applications").GetInt32());
    }

    public static void InTheTables(StoredRows rows, IReadOnlyList<HarnessApplication> applications)
    {
        var ids = applications.Select(a => a.Id!.Value).ToHashSet();
        Assert.True(
            ids.SetEquals(rows.Applications.Select(a => a.Id)),
            $"the applications table holds {rows.Applications.Count} rows for {ids.Count} applications"
        );
        foreach (var application in applications)
        {
            var id = application.Id!.Value;
            var who = $"application {application.Number} ({application.Path}, {id})";
            var events = rows.Events.Where(e => e.Application == id).ToList();
            Assert.True(events.Select(e => e.Sequence).SequenceEqual(Enumerable.Range(1, events.Count)), $"{who}: event sequence has gaps");
            AssertCounts(who, application, t => events.Count(e => e.Type == t));
            var record = rows.Applications.Single(a => a.Id == id);
            Assert.True(
                record.Version == events.Count && record.Status == application.ExpectedStatus,
                $"{who}: read model says {record.Status} v{record.Version}, events say {events.Count}"
            );
            var letters = rows.Letters.Where(l => l.Application == id).ToList();
            Assert.True(letters.Count == 1, $"{who} has {letters.Count} letter rows");
            Assert.Equal(application.ExpectedLetter, letters[0].Kind);
            var workflows = rows.Workflows.Where(w => w.Reference == id.ToString("D")).ToList();
            // A refusal ends the process; an approval's release runs on until its end date (version 2).
            var settled = application.ExpectedStatus == "Refused" ? "Complete" : "Released";
            Assert.True(
                workflows.Count == 1 && workflows[0].Status == settled,
                $"{who}: {workflows.Count} workflow instances, {string.Join(", ", workflows.Select(w => w.Status))}"
            );
        }
        Assert.True(rows.Workflows.Count == ids.Count, $"{rows.Workflows.Count} workflow instances for {ids.Count} applications");
        var stuck = rows.Outbox.Where(m => !m.Dispatched).ToList();
        Assert.True(
            stuck.Count == 0,
            "undelivered outbox messages: "
                + string.Join("; ", stuck.Select(m => $"#{m.Id} {m.Kind} round {m.Round} after {m.Attempts} attempts: {m.Error}"))
        );
        Assert.True(rows.UnprocessedSignals == 0, $"{rows.UnprocessedSignals} workflow signals were never consumed");
    }

    private static void AssertCounts(string who, HarnessApplication application, Func<string, int> count)
    {
        var expected = new[] { application.ExpectedRounds, application.ExpectedRounds, application.ExpectedDecisions, 1 };
        var actual = Counted.Select(count).ToArray();
        Assert.True(
            expected.SequenceEqual(actual),
            $"{who}: expected {string.Join(", ", Counted.Zip(expected, (t, n) => $"{n} {t}"))}; found {string.Join(", ", Counted.Zip(actual, (t, n) => $"{n} {t}"))}"
        );
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string persona, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(DevelopmentPersonas.HeaderName, persona);
        using var response = await client.SendAsync(request);
        Assert.True(
            response.StatusCode == HttpStatusCode.OK,
            $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}"
        );
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
