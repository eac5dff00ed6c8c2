using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using ResearchRelease.Web.Process;
using ResearchRelease.Web.Tests.Fuzz;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Lifecycle;

namespace ResearchRelease.Web.Tests.Agreement;

/// <summary>
/// Random sequences of valid commands — submit, return, resubmit, withdraw, decide each way, ask for and decide an
/// extension, correct a letter, expire, confirm destruction — and after every one, every reader agrees with the fold.
/// Each generated value is a list of choices: at each step the next choice picks among the commands the status
/// allows. After every command, too, each activity step the engine has taken so far is run again and must answer as it
/// did and store nothing (<see cref="Reruns"/>). CsCheck prints the seed of a failure; <c>CsCheck_Seed</c> replays it;
/// <c>RR_FUZZ_SCALE</c> runs more.
/// </summary>
public abstract class AgreementTests(LifecycleApp app)
{
    private readonly HttpClient _researcher = app.App.ClientFor(Personas.Researcher);
    private readonly HttpClient _chief = app.App.ClientFor(Personas.ChiefStatistician);
    private readonly Readers _readers = new(app);
    private readonly Reruns _reruns = new(app);

    [SkippableFact]
    public async Task Every_reader_agrees_with_the_fold_and_every_step_run_again_changes_nothing_after_every_command()
    {
        await Gen.Int[0, 1_000]
            .Array[3, 9]
            .SampleAsync(
                async choices =>
                {
                    var id = await DraftAsync();
                    var taken = new List<string>();
                    foreach (var choice in choices)
                    {
                        var status = (await _readers.FoldAsync(id)).Status.ToString();
                        var allowed = Step.AllowedFrom(status);
                        if (allowed.Count == 0)
                            break;
                        var step = allowed[choice % allowed.Count];
                        taken.Add(step.Name);
                        await TakeAsync(id, step);
                        var disagreements = await _readers.DisagreementsAsync(id);
                        Assert.True(disagreements.Count == 0, $"After {string.Join(" → ", taken)}:\n{string.Join("\n", disagreements)}");
                        var differences = await _reruns.DifferencesAsync(id);
                        Assert.True(
                            differences.Count == 0,
                            $"After {string.Join(" → ", taken)}, steps run again:\n{string.Join("\n", differences)}"
                        );
                    }
                },
                iter: FuzzBudget.Iterations(5),
                threads: 1,
                print: c => string.Join(",", c)
            );
    }

    private async Task<Guid> DraftAsync()
    {
        var form = JsonNode.Parse(Variants.Of("pub-01", "Agreement University"))!;
        form["settings"]!["retentionEnd"] = Releases.Iso(app.Clock.Today.AddYears(3));
        return (await ApiClient.CreateAsync(_researcher, form.ToJsonString())).Id;
    }

    private async Task TakeAsync(Guid id, Step step)
    {
        var state = await _readers.FoldAsync(id);
        var end = app.Clock.Today.AddYears(1);
        switch (step.Name)
        {
            case "submit":
                await ApiClient.SubmitAsync(_researcher, id);
                await ApiClient.WaitForAsync(_researcher, id, v => Status(v) is "AwaitingDecision" or "ReturnedToResearcher", "screened");
                break;
            case "withdraw":
                Ok(await _researcher.PostAsync($"/api/applications/{id}/withdraw", ApiClient.Json("""{"reason":"No longer needed."}""")));
                break;
            case "approve" or "refuse" or "return":
                Ok(
                    await ApiClient.DecideAsync(
                        _chief,
                        id,
                        new
                        {
                            outcome = step.Name,
                            endDate = Releases.Iso(end),
                            reasons = "Reasons given.",
                        }
                    )
                );
                if (step.Name != "return")
                    await LetterForRoundAsync(id, state.Round);
                break;
            case "request-extension":
                var newEnd = state.EndDate!.Value.AddMonths(6);
                var asked = await _researcher.PostAsync(
                    $"/api/applications/{id}/extension",
                    ApiClient.Json($$"""{"newEndDate":"{{Releases.Iso(newEnd)}}","justification":"Fieldwork was delayed."}""")
                );
                Ok(asked);
                await ApiClient.WaitForStatusAsync(_researcher, id, "ExtensionAwaitingDecision");
                break;
            case "approve-extension" or "refuse-extension":
                Ok(
                    await ApiClient.DecideAsync(
                        _chief,
                        id,
                        new { outcome = step.Name[..step.Name.IndexOf('-', StringComparison.Ordinal)], reasons = "Reasons given." }
                    )
                );
                await LetterForRoundAsync(id, state.Round);
                break;
            case "correct-letter":
                Ok(
                    await _chief.PostAsync(
                        $"/api/applications/{id}/letter-corrections",
                        ApiClient.Json($$"""{"reason":"Name misspelt.","organisationName":"Agreement University {{state.Version}}"}""")
                    )
                );
                break;
            case "expire":
                var days = state.EndDate!.Value.DayNumber - app.Clock.Today.DayNumber;
                if (days > 0)
                    app.Clock.Advance(TimeSpan.FromDays(days));
                Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(ProcessActivityNames.ExpireRelease, id, state.Round));
                break;
            case "confirm-destruction":
                Ok(
                    await _researcher.PostAsync(
                        $"/api/applications/{id}/destruction",
                        ApiClient.Json(
                            $$"""{"method":"Deleted from the secure environment.","destroyedOn":"{{Releases.Iso(app.Clock.Today)}}","declaration":true}"""
                        )
                    )
                );
                break;
            default:
                throw new InvalidOperationException(step.Name);
        }
    }

    private Task<JsonElement> LetterForRoundAsync(Guid id, int round) =>
        ApiClient.WaitForAsync(
            _researcher,
            id,
            v => v.GetProperty("letters").EnumerateArray().Any(l => l.GetProperty("round").GetInt32() == round),
            $"letter of round {round.ToString(CultureInfo.InvariantCulture)}"
        );

    private static string Status(JsonElement view) => view.GetProperty("status").GetString()!;

    private static void Ok(HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted or HttpStatusCode.Created,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {(int)response.StatusCode} "
                + response.Content.ReadAsStringAsync().GetAwaiter().GetResult()
        );
}

public sealed class AgreementOnSqlite(SqliteLifecycleApp app) : AgreementTests(app), IClassFixture<SqliteLifecycleApp>;

public sealed class AgreementOnPostgres(PostgresLifecycleApp app) : AgreementTests(app), IClassFixture<PostgresLifecycleApp>;
