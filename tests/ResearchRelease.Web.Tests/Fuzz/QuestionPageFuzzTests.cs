using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Features.Drafting.Flow;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Journeys;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>
/// Every question page, the lists and the data item pages posted with generated values and the page's real
/// antiforgery token: never a 5xx; a refusal is the page with a GOV.UK error summary and nothing stored; an accepted
/// post changes only that page's answers and leaves every page of the draft working.
/// </summary>
[LongRunning(30)]
public abstract class QuestionPageFuzzTests(FuzzApp fuzz)
{
    private readonly HttpClient _researcher = fuzz.ClientFor(Personas.Researcher);

    private sealed record Post(string Page, List<KeyValuePair<string, string>> Fields)
    {
        public override string ToString() => $"{Page}: " + string.Join(", ", Fields.Select(f => $"{f.Key}={HostileText.Show(f.Value)}"));
    }

    private static readonly Gen<string> DraftVersion = Gen.Frequency(
        (12, Gen.Const("")),
        (1, Gen.OneOf("abc", "0", "-1", "999", "1.5", " 1", "1", "2"))
    );

    /// <summary>A question page with values for its own fields, sometimes a field of another page, a hostile action, a bad version.</summary>
    private static readonly Gen<Post> QuestionPosts = Gen.OneOf([.. ApplicationFlow.QuestionPages])
        .SelectMany(page =>
        {
            var step = FlowPages.Find($"questions/{page}")!;
            var fields = step
                .Fields.Select(f =>
                    FormValues.For(f).Select(vs => vs.Select(v => new KeyValuePair<string, string>($"Input.{f}", v)).ToArray())
                )
                .ToArray();
            var others = FlowPages.AllSteps.SelectMany(s => s.Fields).Except(step.Fields).ToArray();
            var stray = Gen.Frequency(
                (3, Gen.Const(Array.Empty<KeyValuePair<string, string>>())),
                (1, Gen.Select(Gen.OneOf(others), HostileText.Any, (f, v) => new[] { new KeyValuePair<string, string>($"Input.{f}", v) }))
            );
            var own = fields.Aggregate(Gen.Const(new List<KeyValuePair<string, string>>()), (acc, g) =>
                acc.SelectMany(list => g.Select(v => new List<KeyValuePair<string, string>>([.. list, .. v])))
            );
            return Gen.Select(
                own,
                stray,
                Gen.Frequency((6, Gen.OneOf("continue", "later")), (1, HostileText.Any)),
                DraftVersion,
                (mine, extra, action, version) =>
                {
                    List<KeyValuePair<string, string>> all = [.. mine, .. extra, new("action", action)];
                    if (version.Length > 0)
                        all.Add(new("DraftVersion", version));
                    return new Post($"questions/{page}", all);
                }
            );
        });

    private static readonly Gen<Post> ListPosts = Gen.Frequency(
        (
            2,
            Gen.Select(
                HostileText.Any,
                Gen.Frequency((2, Gen.Const("asha.patel@exampleton.ac.uk")), (1, HostileText.Any)),
                HostileText.Any,
                Gen.OneOf("true", "false", "on", "yes", "", "2"),
                (name, email, organisation, accredited) =>
                    new Post(
                        "named-users?handler=Add",
                        [
                            new("NewName", name),
                            new("NewEmail", email),
                            new("NewOrganisation", organisation),
                            new("NewAccredited", accredited),
                        ]
                    )
            )
        ),
        (2, HostileText.Any.Select(q => new Post("research-questions?handler=Add", [new("NewQuestion", q)]))),
        (
            1,
            Gen.OneOf("named-users", "research-questions")
                .SelectMany(p =>
                    Gen.OneOf("-1", "0", "1", "99", "abc", "2147483648", "").Select(i => new Post($"{p}?handler=Remove&index={i}", []))
                )
        ),
        (
            2,
            Gen.Frequency((4, Gen.OneOf("ks2_results", "ks4_results", "fsm_eligibility", "upn", "gender")), (1, HostileText.Any))
                .Array[0, 4]
                .Select(codes => new Post(
                    "data-items",
                    [.. codes.Select(c => new KeyValuePair<string, string>("Selected", c)), new("action", "continue")]
                ))
        ),
        (
            2,
            Gen.Select(
                Gen.OneOf("ks4_results", "KS4_RESULTS"),
                HostileText.Any,
                Gen.Frequency((3, Gen.OneOf("RQ1", "rq1", "RQ2")), (1, HostileText.Any)).Array[0, 3],
                (code, why, questions) =>
                    new Post(
                        $"data-items/{code}",
                        [
                            new("Justification", why),
                            .. questions.Select(q => new KeyValuePair<string, string>("Questions", q)),
                            new("action", "continue"),
                        ]
                    )
            )
        )
    );

    /// <summary>A form on the page that posts to the same handler (the page's own antiforgery token and hidden fields come with it).</summary>
    private static string FormFor(string target) =>
        target switch
        {
            _ when target.Contains("handler=Add", StringComparison.Ordinal) => target.StartsWith("named", StringComparison.Ordinal)
                ? "#add-user-form"
                : "#add-question-form",
            _ => "#question-form",
        };

    private async Task RunAsync(Guid id, Post post)
    {
        try
        {
            await CheckAsync(id, post);
        }
        catch
        {
            // A failed case may have stored what the cache does not hold; CsCheck runs more cases as it shrinks.
            _stored = null;
            throw;
        }
    }

    private async Task CheckAsync(Guid id, Post post)
    {
        var target = $"/applications/{id}/{post.Page}";
        var pagePath = target.Split('?')[0];
        // An item page exists only while the item is picked (a picker post may have removed it).
        if (
            pagePath.Contains("/data-items/", StringComparison.Ordinal)
            && (await _researcher.GetAsync(pagePath)).StatusCode == HttpStatusCode.NotFound
        )
            return;
        var page = await HtmlForms.GetPageAsync(_researcher, pagePath);
        var before = await fuzz.RowsAsync(id);
        // The answers as the last accepted post left them: a refused one is proved to have stored nothing.
        var formBefore = _stored ??= FormOf(JsonNode.Parse(await _researcher.GetStringAsync($"/api/applications/{id}"))!);
        HttpResponseMessage response;
        if (post.Page.Contains("handler=Remove", StringComparison.Ordinal))
        {
            var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
            response = await _researcher.PostAsync(
                target,
                new FormUrlEncodedContent([
                    new("__RequestVerificationToken", token),
                    new("DraftVersion", before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ])
            );
        }
        else
        {
            var replaced = post.Fields.Select(f => f.Key).Distinct().ToList();
            response = await HtmlForms.SubmitAsync(_researcher, page, target, FormFor(post.Page), post.Fields, clear: replaced);
            if (response.StatusCode == HttpStatusCode.NotFound && post.Page.StartsWith("data-items/", StringComparison.Ordinal))
                return;
        }
        if (!await PageAnswers.CheckAsync(response, target, post.ToString(), PageAnswers.Unreadable(post.Fields.Select(f => f.Value))))
        {
            Assert.True(
                before == await fuzz.RowsAsync(id),
                $"A refused post stored something: {post}\nbefore {before}\nafter  {await fuzz.RowsAsync(id)}"
            );
            return;
        }
        var formAfter = _stored = FormOf(await StoredForms.AssertReadableAsync(_researcher, id, post.ToString()));
        var own = FlowPages.Find(pagePath.Split('/', 4)[3]) ?? FlowPages.Find("data-items")!;
        foreach (var other in FlowPages.AllSteps.Where(s => s != own && !(own.Url == "research-questions" && s.Url == "data-items")))
            Assert.True(DraftSections.Same(formBefore, formAfter, other.Paths), $"Posting {post} changed the answers of '{other.Url}'");
    }

    private ApplicationForm? _stored;

    /// <summary>
    /// The stored answers in the API's view, as the pages read them (an unanswered section and an empty one compare equal).
    /// </summary>
    private static ApplicationForm FormOf(JsonNode view) =>
        Web.Features.Drafting.ApplicationInput.From(view["application"].Deserialize<ApplicationForm>(EventSerializer.Options)!).ToForm();

    [SkippableFact]
    public async Task Question_pages_with_generated_values()
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        await QuestionPosts.SampleAsync(post => RunAsync(id, post), iter: FuzzBudget.Iterations(350), threads: 1, print: p => p.ToString());
    }

    [SkippableFact]
    public async Task List_and_data_item_pages_with_generated_values()
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        await ApplicationFlow.AddQuestionAsync(_researcher, id, "How does progress differ by free school meals eligibility?");
        await ApplicationFlow.PickItemsAsync(_researcher, id, ["ks4_results"]);
        await ListPosts.SampleAsync(post => RunAsync(id, post), iter: FuzzBudget.Iterations(250), threads: 1, print: p => p.ToString());
    }
}

public sealed class QuestionPageFuzzOnSqlite(SqliteFuzzApp fuzz) : QuestionPageFuzzTests(fuzz), IClassFixture<SqliteFuzzApp>;

public sealed class QuestionPageFuzzOnPostgres(PostgresFuzzApp fuzz) : QuestionPageFuzzTests(fuzz), IClassFixture<PostgresFuzzApp>;
