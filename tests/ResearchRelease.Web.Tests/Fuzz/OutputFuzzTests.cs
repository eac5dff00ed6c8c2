using System.Net;
using AngleSharp.Html.Parser;
using CsCheck;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>
/// "Report an output" posted with generated titles and addresses and their real antiforgery tokens: "Continue" never
/// stores anything (it shows the check page or the form with its errors), and "Yes, add it to the register" on the
/// check page stores exactly the one output it showed.
/// </summary>
public abstract class OutputFuzzTests(FuzzApp fuzz)
{
    private static readonly Gen<string> Titles = Gen.Frequency(
        (3, Gen.OneOf("Attainment gaps at key stage 4", "Pupil progress: a working paper", "  Spaces around  ")),
        (2, HostileText.Any)
    );

    private static readonly Gen<string> Links = Gen.Frequency(
        (3, Gen.OneOf("https://example.org/papers/1", "http://example.org/a?b=c&d=e", "HTTPS://EXAMPLE.ORG/X", "https://例え.jp/論文")),
        (2, HostileText.Any)
    );

    private static string Show((string Title, string Link) s) => $"Title={HostileText.Show(s.Title)}, Link={HostileText.Show(s.Link)}";

    [SkippableFact]
    public async Task Continue_stores_nothing_and_only_yes_adds_the_output_it_showed()
    {
        var researcher = fuzz.ClientFor(Personas.Researcher);
        var id = await ApprovedAsync(researcher);
        var page = $"/applications/{id}/outputs";
        var added = 0;
        await Gen.Select(Titles, Links)
            .SampleAsync(
                async sample =>
                {
                    var fields = new List<KeyValuePair<string, string>> { new("Title", sample.Item1), new("Link", sample.Item2) };
                    var before = await fuzz.RowsAsync(id);
                    var response = await HtmlForms.SubmitAsync(researcher, page, "#output-form", fields);
                    var shown = await PageAnswers.CheckAsync(
                        response,
                        page,
                        Show(sample),
                        PageAnswers.Unreadable([sample.Item1, sample.Item2])
                    );
                    Assert.True(before == await fuzz.RowsAsync(id), $"Continue stored something: {Show(sample)}");
                    if (!shown || added >= 20)
                        return;

                    var check = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    var confirmed = await HtmlForms.SubmitAsync(researcher, check, page, "#confirm-form", []);
                    Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
                    added++;
                    Assert.Equal(before.Events + 1, (await fuzz.RowsAsync(id)).Events);
                    var listed = await HtmlForms.GetPageAsync(researcher, page);
                    var last = listed.QuerySelectorAll("#outputs li a")[^1];
                    Assert.Equal(check.QuerySelector("#output-answers dd")!.TextContent, last.TextContent);
                    Assert.Equal(check.QuerySelector("#output-answers a")!.GetAttribute("href"), last.GetAttribute("href"));
                },
                iter: FuzzBudget.Iterations(120),
                threads: 1,
                print: Show
            );
    }

    private async Task<Guid> ApprovedAsync(HttpClient researcher)
    {
        var (id, _) = await ApiClient.SubmitAndWaitAsync(researcher, "pub-01");
        var decided = await ApiClient.DecideAsync(
            fuzz.ClientFor(Personas.ChiefStatistician),
            id,
            new
            {
                outcome = "approve",
                endDate = "2029-03-31",
                reasons = "A sound design with clear public benefit.",
            }
        );
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        // Once the letter is issued, nothing more is written about the release until its end date.
        await ApiClient.WaitForLetterAsync(researcher, id);
        return id;
    }
}

public sealed class OutputFuzzOnSqlite(SqliteFuzzApp fuzz) : OutputFuzzTests(fuzz), IClassFixture<SqliteFuzzApp>;

public sealed class OutputFuzzOnPostgres(PostgresFuzzApp fuzz) : OutputFuzzTests(fuzz), IClassFixture<PostgresFuzzApp>;
