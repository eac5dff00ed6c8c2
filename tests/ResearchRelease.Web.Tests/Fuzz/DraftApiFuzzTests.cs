using System.Net;
using System.Text.Json;
using CsCheck;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>
/// The draft endpoints and the screening endpoint under thousands of broken bodies: never a 5xx, a 400 names the
/// field the mutation broke, a refused request stores nothing, and an accepted one stores exactly what the typed
/// model read and leaves every page of the draft working.
/// </summary>
[LongRunning(25)]
public abstract class DraftApiFuzzTests(FuzzApp fuzz)
{
    private readonly HttpClient _researcher = fuzz.ClientFor(Personas.Researcher);
    private static readonly string Valid = ExampleCases.ApplicationJson("pub-01");

    [SkippableFact]
    public async Task Creating_a_draft_from_a_broken_body()
    {
        await JsonMutations
            .Of(Valid)
            .SampleAsync(
                async body =>
                {
                    var before = await fuzz.RowsAsync();
                    var response = await _researcher.PostAsync("/api/applications", ApiAnswers.Content(body));
                    if (await ApiAnswers.CheckAsync(response, body, "POST /api/applications"))
                    {
                        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
                        StoredForms.AssertStored(
                            await StoredForms.AssertReadableAsync(_researcher, id, body.Description),
                            body.Body,
                            body.Description
                        );
                        return;
                    }
                    Assert.True(
                        before == await fuzz.RowsAsync(),
                        $"A refused create stored something: {body}\nbefore {before}\nafter  {await fuzz.RowsAsync()}"
                    );
                },
                iter: FuzzBudget.Iterations(350),
                threads: 1,
                print: b => b.ToString()
            );
    }

    [SkippableFact]
    public async Task Updating_a_draft_with_a_broken_body()
    {
        var (id, _) = await ApiClient.CreateAsync(_researcher, Valid);
        await JsonMutations
            .Of(Valid)
            .SampleAsync(
                async body =>
                {
                    var before = await fuzz.RowsAsync(id);
                    var response = await _researcher.PutAsync(
                        $"/api/applications/{id}?expectedVersion={before.Version}",
                        ApiAnswers.Content(body)
                    );
                    if (await ApiAnswers.CheckAsync(response, body, "PUT /api/applications/{id}"))
                    {
                        StoredForms.AssertStored(
                            await StoredForms.AssertReadableAsync(_researcher, id, body.Description),
                            body.Body,
                            body.Description
                        );
                        return;
                    }
                    Assert.True(
                        before == await fuzz.RowsAsync(id),
                        $"A refused update stored something: {body}\nbefore {before}\nafter  {await fuzz.RowsAsync(id)}"
                    );
                },
                iter: FuzzBudget.Iterations(350),
                threads: 1,
                print: b => b.ToString()
            );
    }

    [SkippableFact]
    public async Task Screening_a_broken_body_answers_and_stores_nothing()
    {
        var gen = Gen.Select(
            JsonMutations.Of(Valid),
            Gen.Frequency((6, Gen.Const("")), (1, HostileText.Any), (1, Gen.OneOf("2009", "2013")))
        );
        await gen.SampleAsync(
            async (body, ruleset) =>
            {
                var before = await fuzz.RowsAsync();
                var url = ruleset.Length == 0 ? "/api/screening" : $"/api/screening?ruleset={Uri.EscapeDataString(ruleset)}";
                var response = await _researcher.PostAsync(url, ApiAnswers.Content(body));
                var checkedBody = ruleset.Length == 0 ? body : body with { Touched = [.. body.Touched, "ruleset"], WholeBody = false };
                await ApiAnswers.CheckAsync(
                    response,
                    ruleset.Length == 0 || response.StatusCode != HttpStatusCode.BadRequest ? body : checkedBody,
                    url
                );
                Assert.True(before == await fuzz.RowsAsync(), $"Screening stored something: {body}");
            },
            iter: FuzzBudget.Iterations(200),
            threads: 1,
            print: t => $"ruleset={HostileText.Show(t.Item2.Length == 0 ? "(none)" : t.Item2)} {t.Item1}"
        );
    }

    [SkippableFact]
    public async Task A_hostile_expected_version_is_a_400_naming_it_or_a_409()
    {
        var (id, _) = await ApiClient.CreateAsync(_researcher, Valid);
        var versions = Gen.OneOf(
            "abc",
            "-1",
            "0",
            "1.0",
            "1e3",
            "99999999999",
            "2147483648",
            " 1",
            "%00",
            "null",
            "true",
            "%F0%9F%99%82",
            "1,2",
            "0x1",
            "999"
        );
        await versions.SampleAsync(
            async version =>
            {
                var before = await fuzz.RowsAsync(id);
                var response = await _researcher.PutAsync($"/api/applications/{id}?expectedVersion={version}", ApiClient.Json(Valid));
                var body = new FuzzBody($"expectedVersion={version}", Valid, ["expectedVersion"], WholeBody: false);
                Assert.False(
                    await ApiAnswers.CheckAsync(response, body, "PUT /api/applications/{id}"),
                    $"A stale or broken version was accepted: {version}"
                );
                Assert.True(before == await fuzz.RowsAsync(id), $"A refused update stored something: {version}");
            },
            iter: FuzzBudget.Iterations(40),
            threads: 1
        );
    }
}

public sealed class DraftApiFuzzOnSqlite(SqliteFuzzApp fuzz) : DraftApiFuzzTests(fuzz), IClassFixture<SqliteFuzzApp>;

public sealed class DraftApiFuzzOnPostgres(PostgresFuzzApp fuzz) : DraftApiFuzzTests(fuzz), IClassFixture<PostgresFuzzApp>;
