using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Letters;
using ResearchRelease.Web.Tests.Lifecycle;

namespace ResearchRelease.Web.Tests.Agreement;

/// <summary>
/// Reads one application through every reader a person or a script has — the read model, the public register (page,
/// CSV and its projection), the compliance export, the API view, the decision record and the letter in force — and
/// says where any of them disagrees with the fold of the events.
/// </summary>
public sealed class Readers(LifecycleApp app)
{
    private readonly HttpClient _researcher = app.App.ClientFor(Personas.Researcher);
    private readonly HttpClient _compliance = app.App.ClientFor(Personas.Compliance);
    private readonly HttpClient _public = app.App.CreateClient();

    public async Task<ApplicationState> FoldAsync(Guid id)
    {
        using var scope = app.App.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<ApplicationStore>().LoadAsync(id, CancellationToken.None))!.State;
    }

    /// <summary>Every disagreement found; empty when all readers tell the fold's story. Retried while the engine is still writing.</summary>
    public async Task<List<string>> DisagreementsAsync(Guid id)
    {
        for (var attempt = 0; ; attempt++)
        {
            var before = await FoldAsync(id);
            var found = await CompareAsync(id, before);
            if ((await FoldAsync(id)).Version == before.Version || attempt == 20)
                return found;
        }
    }

    private async Task<List<string>> CompareAsync(Guid id, ApplicationState s)
    {
        var found = new List<string>();
        void Expect<T>(string where, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
                found.Add($"{where}: expected {expected}, found {actual}");
        }

        using (var scope = app.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var row = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == id);
            Expect("read model status", s.Status, row.Status);
            Expect("read model version", s.Version, row.Version);
            Expect("read model decision", s.Decision?.Outcome, row.DecisionOutcome);
            Expect("read model decided at", s.DecidedAt, row.DecidedAt);
            Expect("read model submitted at", s.SubmittedAt, row.SubmittedAt);
            var entry = await db.PublicRegister.AsNoTracking().SingleOrDefaultAsync(r => r.ApplicationId == id);
            Expect("public register projection present", s.IsLiveRelease, entry is not null);
            if (entry is not null)
                Expect("public register end date", s.EndDate, entry.EndDate);
        }

        var page = await HtmlForms.GetPageAsync(_public, "/register");
        Expect("public register page lists it", s.IsLiveRelease, page.QuerySelector($"#release-{s.Reference}") is not null);
        var csvLine = (await _public.GetStringAsync("/register.csv"))
            .Split("\r\n")
            .FirstOrDefault(l => l.StartsWith(s.Reference + ",", StringComparison.Ordinal));
        Expect("public register CSV lists it", s.IsLiveRelease, csvLine is not null);
        if (csvLine is not null)
            Expect("public register CSV end date", true, csvLine.Contains("," + Iso(s.EndDate) + ",", StringComparison.Ordinal));

        // The decision register lists what has been submitted; a draft is the researcher's own business.
        var exported = JsonDocument
            .Parse(await _compliance.GetStringAsync("/api/decisions.json"))
            .RootElement.EnumerateArray()
            .SingleOrDefault(r => r.GetProperty("reference").GetString() == s.Reference);
        Expect("compliance export lists it", s.SubmittedAt is not null, exported.ValueKind == JsonValueKind.Object);
        if (exported.ValueKind == JsonValueKind.Object)
        {
            Expect("compliance export status", s.Status.ToString(), exported.GetProperty("status").GetString());
            Expect("compliance export decision", s.Decision?.Outcome, Text(exported, "decision"));
            Expect("compliance export decided at", s.DecidedAt, Time(exported, "decidedAt"));
        }

        var view = await ApiClient.GetAsync(_researcher, id);
        Expect("API status", s.Status.ToString(), view.GetProperty("status").GetString());
        Expect(
            "API decided at",
            s.DecidedAt,
            view.GetProperty("decision") is { ValueKind: JsonValueKind.Object } d ? Time(d, "decidedAt") : null
        );
        Expect(
            "API letter in force",
            s.Letter?.VerificationCode,
            view.GetProperty("letter") is { ValueKind: JsonValueKind.Object } l ? l.GetProperty("verificationCode").GetString() : null
        );
        if (view.GetProperty("release") is { ValueKind: JsonValueKind.Object } release)
            Expect("API release end date", Iso(s.EndDate), release.GetProperty("endDate").GetString());

        var record = await _compliance.GetFromJsonAsync<JsonElement>($"/api/decisions/{s.Reference}/record");
        Expect("record status", s.Status.ToString(), record.GetProperty("status").GetString());
        Expect(
            "record decided at",
            s.DecidedAt,
            record.GetProperty("decision") is { ValueKind: JsonValueKind.Object } rd ? Time(rd, "decidedAt") : null
        );
        Expect(
            "record letter in force",
            s.Letter?.VerificationCode,
            record.GetProperty("letter") is { ValueKind: JsonValueKind.Object } rl ? rl.GetProperty("verificationCode").GetString() : null
        );

        // The letter in force states the release's end and the destruction date, as the fold has them.
        if (s.Letter is not null && s.Decision?.Outcome == DecisionOutcomes.Approve && !s.IsLetterOwed && s.EndDate is { } end)
        {
            var text = PdfText.All(await _researcher.GetByteArrayAsync($"/api/applications/{id}/letter.pdf"));
            Expect("letter in force destruction date", true, text.Contains($"destroyed by {Releases.Long(end)}", StringComparison.Ordinal));
            Expect("letter in force end date", true, text.Contains(Releases.Long(end), StringComparison.Ordinal));
        }
        return found;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();

    private static DateTime? Time(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDateTime().ToUniversalTime();
}
