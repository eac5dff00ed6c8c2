using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Journeys;

namespace ResearchRelease.Web.Tests.Catalogue;

/// <summary>Compliance maintains the catalogue through pages; screening and the picker read it from the database.</summary>
public sealed class CatalogueMaintenanceTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    private readonly HttpClient _compliance = shared.App.ClientFor(Personas.Compliance);
    private readonly HttpClient _researcher = shared.App.ClientFor(Personas.Researcher);

    private async Task<List<CatalogueChange>> ChangesAsync(string code)
    {
        using var scope = shared.App.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<AppDbContext>()
            .CatalogueChanges.Where(c => c.Code == code)
            .OrderBy(c => c.Id)
            .ToListAsync();
    }

    private async Task<JsonElement> ScreenItemAsync(string code)
    {
        var body =
            $"{{\"dataItems\": [{{\"item\": \"{code}\", \"justification\": \"Needed for the analysis.\", \"researchQuestions\": [\"RQ1\"]}}]}}";
        var response = await _researcher.PostAsync("/api/screening?ruleset=2013", ApiClient.Json(body));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dataItems")[0];
    }

    [Fact]
    public async Task The_catalogue_is_seeded_from_the_domain_seed_with_its_history()
    {
        var page = await HtmlForms.GetPageAsync(_compliance, "/compliance/catalogue");
        Assert.Equal(DataItemCatalogue.Seed.Count, page.QuerySelectorAll("#catalogue tbody tr").Length);
        var seeded = await ChangesAsync("ks4_results");
        Assert.Equal("seeded", Assert.Single(seeded).Action);
    }

    [Fact]
    public async Task An_added_item_is_offered_to_applicants_and_the_change_says_who_and_when()
    {
        var saved = await HtmlForms.SubmitAsync(
            _compliance,
            "/compliance/catalogue/edit",
            "#item-form",
            [
                new("Input.Code", "ks5_destinations"),
                new("Input.Name", "Post-16 destinations"),
                new("Input.Description", "Where the pupil went after key stage 5."),
                new("Input.Tier", "Other"),
            ]
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var change = Assert.Single(await ChangesAsync("ks5_destinations"));
        Assert.Contains("\"Tier\":\"Other\"", change.Snapshot, StringComparison.Ordinal);
        Assert.Equal(("added", "Sam Okafor"), (change.Action, change.ActorName));
        Assert.True(DateTime.UtcNow - change.OccurredAt < TimeSpan.FromMinutes(5));

        var id = await ApplicationFlow.StartAsync(_researcher);
        var picker = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/data-items");
        Assert.NotNull(picker.QuerySelector("#item-ks5_destinations"));
        Assert.Equal("Post-16 destinations", (await ScreenItemAsync("ks5_destinations")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_changed_tier_changes_what_screening_says()
    {
        Assert.Equal("Other individual-level data", (await ScreenItemAsync("boarding_status")).GetProperty("tier").GetString());
        var saved = await HtmlForms.SubmitAsync(
            _compliance,
            "/compliance/catalogue/edit/boarding_status",
            "#item-form",
            [new("Input.Tier", "Sensitive")]
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Sensitive", (await ScreenItemAsync("boarding_status")).GetProperty("tier").GetString());
        Assert.Equal(["seeded", "edited"], (await ChangesAsync("boarding_status")).Select(c => c.Action));
    }

    [Fact]
    public async Task A_retired_item_is_no_longer_offered_but_still_reads_on_an_application_that_asked_for_it()
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        await ApplicationFlow.PickItemsAsync(_researcher, id, ["part_time_status"]);
        var retired = await HtmlForms.SubmitAsync(
            _compliance,
            "/compliance/catalogue",
            "form[action*='handler=Retire'][action*='code=part_time_status']",
            []
        );
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);

        var otherDraft = await ApplicationFlow.StartAsync(_researcher);
        Assert.Null(
            (await HtmlForms.GetPageAsync(_researcher, $"/applications/{otherDraft}/data-items")).QuerySelector("#item-part_time_status")
        );
        var picker = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/data-items");
        Assert.Contains("Part-time status (retired)", picker.QuerySelector("#requested-items")!.TextContent, StringComparison.Ordinal);
        var finding = await ScreenItemAsync("part_time_status");
        Assert.Equal("Part-time status", finding.GetProperty("name").GetString());
        Assert.Contains(finding.GetProperty("findings").EnumerateArray(), f =>
            f.GetString()!.Contains("retired", StringComparison.OrdinalIgnoreCase)
        );

        var reinstated = await HtmlForms.SubmitAsync(
            _compliance,
            "/compliance/catalogue",
            "form[action*='handler=Reinstate'][action*='code=part_time_status']",
            []
        );
        Assert.Equal(HttpStatusCode.Redirect, reinstated.StatusCode);
        Assert.Equal(["seeded", "retired", "reinstated"], (await ChangesAsync("part_time_status")).Select(c => c.Action));
    }

    [Fact]
    public async Task Bad_input_is_named_and_only_compliance_may_change_the_catalogue()
    {
        var bad = await HtmlForms.SubmitAsync(
            _compliance,
            "/compliance/catalogue/edit",
            "#item-form",
            [new("Input.Code", "Bad Code!"), new("Input.Tier", "Secret")]
        );
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        foreach (var field in new[] { "Code", "Name", "Description", "Tier" })
            Assert.Contains($"href=\"#{field}\"", html, StringComparison.Ordinal);
        var duplicate = await HtmlForms.SubmitAsync(
            _compliance,
            "/compliance/catalogue/edit",
            "#item-form",
            [new("Input.Code", "upn"), new("Input.Name", "x"), new("Input.Description", "x"), new("Input.Tier", "Other")]
        );
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _compliance.GetAsync("/compliance/catalogue/edit/no_such_item")).StatusCode);

        foreach (var persona in new[] { Personas.Researcher, Personas.ChiefStatistician })
        {
            var client = shared.App.ClientFor(persona);
            // Pages answer a wrong role with the access-denied page, not the catalogue.
            var denied = await client.GetAsync("/compliance/catalogue");
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.Contains("denied", denied.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
            var post = await client.PostAsync("/compliance/catalogue?handler=Retire&code=upn", new FormUrlEncodedContent([]));
            Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        }
    }
}
