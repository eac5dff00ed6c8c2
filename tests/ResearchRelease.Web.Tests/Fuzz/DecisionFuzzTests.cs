using System.Net;
using CsCheck;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>
/// The Chief Statistician's decision, over JSON and through the case page, under broken and hostile input. The
/// base decision is an approval whose end date is already past — the last rule checked — so every other rule
/// meets the generated values first and almost nothing is accepted; when something is, the next application is used.
/// </summary>
public abstract class DecisionFuzzTests(FuzzApp fuzz)
{
    private readonly HttpClient _researcher = fuzz.ClientFor(Personas.Researcher);
    private readonly HttpClient _chief = fuzz.ClientFor(Personas.ChiefStatistician);
    private const string Base =
        "{\"outcome\":\"approve\",\"reasons\":\"Sound design.\",\"conditions\":[\"Outputs checked by the SRS.\"],\"endDate\":\"2020-01-01\"}";

    private async Task<Guid> AwaitingDecisionAsync() => (await ApiClient.SubmitAndWaitAsync(_researcher, "pub-01")).Id;

    [SkippableFact]
    public async Task Deciding_with_a_broken_body()
    {
        var id = await AwaitingDecisionAsync();
        var accepted = 0;
        await JsonMutations
            .Of(Base)
            .SampleAsync(
                async body =>
                {
                    var before = await fuzz.RowsAsync(id);
                    var response = await _chief.PostAsync($"/api/applications/{id}/decision", ApiAnswers.Content(body));
                    // The base's own fault is its end date, so a 400 may always name that.
                    if (
                        await ApiAnswers.CheckAsync(
                            response,
                            body with
                            {
                                Touched = [.. body.Touched, "endDate"],
                            },
                            "POST /api/applications/{id}/decision"
                        )
                    )
                    {
                        accepted++;
                        id = await AwaitingDecisionAsync();
                        return;
                    }
                    Assert.True(
                        before == await fuzz.RowsAsync(id),
                        $"A refused decision stored something: {body}\nbefore {before}\nafter  {await fuzz.RowsAsync(id)}"
                    );
                },
                iter: FuzzBudget.Iterations(300),
                threads: 1,
                print: b => b.ToString()
            );
        Assert.True(accepted < 40, $"{accepted} of the generated decisions were accepted: the generator is not testing refusals");
    }

    private static readonly Gen<string> DatePart = Gen.Frequency(
        (3, Gen.Int[-5, 40].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("2020", "1999", "2101", "99999999999", "0", "")),
        (2, HostileText.Any)
    );

    private static readonly Gen<Dictionary<string, string>> CaseFields = Gen.Select(
        Gen.Frequency((1, Gen.OneOf("approve", "refuse", "return")), (3, HostileText.Any)),
        Gen.Frequency((1, Gen.Const("")), (2, HostileText.Any)),
        Gen.Frequency((1, Gen.Const("")), (2, HostileText.Any)),
        Gen.Select(DatePart, DatePart, Gen.Frequency((2, Gen.Const("2020")), (1, DatePart))),
        Gen.Frequency((4, Gen.Const("")), (1, Gen.OneOf("abc", "-1", "99999999999", "1.5", "0"))),
        Gen.Bool,
        (outcome, reasons, conditions, date, version, confirmed) =>
        {
            var fields = new Dictionary<string, string>
            {
                ["Input.Outcome"] = outcome,
                ["Input.Reasons"] = reasons,
                ["Input.Conditions"] = conditions,
                ["Input.EndDay"] = date.Item1,
                ["Input.EndMonth"] = date.Item2,
                ["Input.EndYear"] = date.Item3,
            };
            if (version.Length > 0)
                fields["Input.Version"] = version;
            if (confirmed)
                fields["confirmed"] = "true";
            return fields;
        }
    );

    private static string Show(Dictionary<string, string> fields) =>
        string.Join(", ", fields.Select(f => $"{f.Key}={HostileText.Show(f.Value)}"));

    [SkippableFact]
    public async Task Reviewing_and_signing_on_the_case_page_with_hostile_fields()
    {
        var id = await AwaitingDecisionAsync();
        var accepted = 0;
        await Gen.Select(CaseFields, Gen.Bool)
            .SampleAsync(
                async (fields, sign) =>
                {
                    var url = $"/decisions/{id}";
                    var page = await HtmlForms.GetPageAsync(_chief, url);
                    var before = await fuzz.RowsAsync(id);
                    HttpResponseMessage post;
                    if (sign)
                    {
                        // Sign posts the reviewed fields back as hidden inputs; post them straight to it, token and shown version included.
                        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
                        var version = page.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
                        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
                        all.TryAdd("Input.Version", version);
                        post = await _chief.PostAsync($"{url}?handler=Sign", new FormUrlEncodedContent(all));
                    }
                    else
                    {
                        post = await HtmlForms.SubmitAsync(
                            _chief,
                            page,
                            url,
                            "form[action*='handler=Review']",
                            fields,
                            clear: ["Input.Outcome"]
                        );
                    }
                    var ok = await PageAnswers.CheckAsync(
                        post,
                        $"{url} ({(sign ? "sign" : "review")})",
                        Show(fields),
                        PageAnswers.Unreadable(fields.Values)
                    );
                    if (ok && post.StatusCode == HttpStatusCode.Redirect)
                    {
                        accepted++;
                        id = await AwaitingDecisionAsync();
                        return;
                    }
                    Assert.True(
                        before == await fuzz.RowsAsync(id),
                        $"A refused case-page post stored something: {Show(fields)}\nbefore {before}\nafter  {await fuzz.RowsAsync(id)}"
                    );
                },
                iter: FuzzBudget.Iterations(200),
                threads: 1,
                print: t => $"{(t.Item2 ? "sign" : "review")}: {Show(t.Item1)}"
            );
        Assert.True(accepted < 30, $"{accepted} of the generated decisions were signed: the generator is not testing refusals");
    }
}

public sealed class DecisionFuzzOnSqlite(SqliteFuzzApp fuzz) : DecisionFuzzTests(fuzz), IClassFixture<SqliteFuzzApp>;

public sealed class DecisionFuzzOnPostgres(PostgresFuzzApp fuzz) : DecisionFuzzTests(fuzz), IClassFixture<PostgresFuzzApp>;
