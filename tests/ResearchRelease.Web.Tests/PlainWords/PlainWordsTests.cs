using AngleSharp.Html.Parser;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Notifications;
using UglyToad.PdfPig;

namespace ResearchRelease.Web.Tests.PlainWords;

/// <summary>
/// Nothing internal reaches a person: every page each persona reaches by following links from their start pages,
/// every email and every letter is read for codes, field paths and ISO dates (issue 14).
/// </summary>
public sealed class PlainWordsTests(PersonaJourneys journeys) : IClassFixture<PersonaJourneys>
{
    // Pages whose job is to show the service's own identifiers to the staff who maintain them: the catalogue's codes
    // are what compliance edits and scripts use.
    private static readonly string[] IdentifierPages = ["/compliance/catalogue"];

    public static TheoryData<string> Personas() =>
        [
            Infrastructure.Personas.Researcher,
            Infrastructure.Personas.ChiefStatistician,
            Infrastructure.Personas.Deputy,
            Infrastructure.Personas.Compliance,
            "public",
        ];

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task Every_page_a_persona_reaches_is_in_plain_words(string persona)
    {
        var client = journeys.App.ClientFor(persona == "public" ? null : persona);
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(StartPages(persona));
        var visited = 0;
        while (queue.Count > 0 && visited < 120)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url) || IdentifierPages.Any(p => url.StartsWith(p, StringComparison.Ordinal)))
                continue;
            var response = await client.GetAsync(url);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/html")
                continue;
            visited++;
            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            var links = VisibleText.PageLinks(page).ToList();
            problems.AddRange(VisibleText.InternalWords(VisibleText.Of(page)).Select(p => $"{url}: {p}"));
            foreach (var link in links)
                queue.Enqueue(link);
        }

        Assert.True(visited >= MinimumPages(persona), $"{persona} reached only {visited} pages");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(40)));
    }

    [Fact]
    public async Task Every_email_is_in_plain_words()
    {
        var problems = new List<string>();
        var count = 0;
        foreach (var id in journeys.Decided.Append(journeys.Draft))
        {
            foreach (var sent in await Mailbox.SentAsync(journeys.App.Services, id))
            {
                count++;
                problems.AddRange(
                    VisibleText.InternalWords(VisibleText.Of(sent.Subject + "\n" + sent.Body)).Select(p => $"{sent.Template}: {p}")
                );
            }
        }

        Assert.True(count >= 8, $"only {count} emails were sent");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_letter_is_in_plain_words()
    {
        var researcher = journeys.App.ClientFor(Infrastructure.Personas.Researcher);
        foreach (var id in new[] { journeys.Approved, journeys.ByDeputy, journeys.Refused })
        {
            var pdf = await researcher.GetByteArrayAsync($"/api/applications/{id}/letter.pdf");
            using var document = PdfDocument.Open(pdf);
            var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            if (id != journeys.Refused)
                Assert.Contains("31 March 2029", text, StringComparison.Ordinal);
            var problems = VisibleText.InternalWords(VisibleText.Of(text));
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }

    [Fact]
    public async Task The_approval_letter_names_the_people_its_conditions_bind()
    {
        var pdf = await journeys
            .App.ClientFor(Infrastructure.Personas.Researcher)
            .GetByteArrayAsync($"/api/applications/{journeys.Approved}/letter.pdf");
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        var start = text.IndexOf("Named data users", StringComparison.Ordinal);
        Assert.True(start >= 0, "the letter has no list of named data users");
        var named = text[start..text.IndexOf("Conditions", start, StringComparison.Ordinal)];
        Assert.Contains("Dr Priya Shah", named, StringComparison.Ordinal);
        Assert.Contains("Tom Evans", named, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deputy_s_decision_is_worded_as_theirs_for_the_chief_statistician()
    {
        var researcher = journeys.App.ClientFor(Infrastructure.Personas.Researcher);
        var page = await HtmlForms.GetPageAsync(researcher, $"/applications/{journeys.ByDeputy}");
        Assert.Equal(
            "Dr Aisha Rahman, for the Chief Statistician, approved your application.",
            page.QuerySelector("#decided-by")!.TextContent.Trim()
        );
        var own = await HtmlForms.GetPageAsync(researcher, $"/applications/{journeys.Approved}");
        Assert.Equal("The Chief Statistician approved your application.", own.QuerySelector("#decided-by")!.TextContent.Trim());

        var emails = await Mailbox.SentAsync(journeys.App.Services, journeys.ByDeputy);
        Assert.Contains(emails, e =>
            e.Body.StartsWith("Dr Aisha Rahman, for the Chief Statistician, has approved your application", StringComparison.Ordinal)
        );
        Assert.DoesNotContain(emails, e => e.Body.Contains("The Chief Statistician has approved", StringComparison.Ordinal));
        var chiefs = await Mailbox.SentAsync(journeys.App.Services, journeys.Approved);
        Assert.Contains(chiefs, e => e.Body.StartsWith("The Chief Statistician has approved your application", StringComparison.Ordinal));

        var pdf = await researcher.GetByteArrayAsync($"/api/applications/{journeys.ByDeputy}/letter.pdf");
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("I have considered, for the Chief Statistician, your application", text, StringComparison.Ordinal);
        Assert.Contains("Dr Aisha Rahman", text, StringComparison.Ordinal);
    }

    private IEnumerable<string> StartPages(string persona) =>
        persona switch
        {
            Infrastructure.Personas.Researcher =>
            [
                "/",
                "/applications",
                $"/applications/{journeys.Draft}/tasks",
                $"/applications/{journeys.Draft}/check-answers",
                .. journeys.Decided.Select(id => $"/applications/{id}"),
            ],
            Infrastructure.Personas.ChiefStatistician =>
            [
                "/",
                "/decisions",
                "/deputies",
                .. journeys.Decided.Select(id => $"/decisions/{id}"),
            ],
            Infrastructure.Personas.Deputy => ["/", "/decisions", $"/decisions/{journeys.ByDeputy}"],
            Infrastructure.Personas.Compliance =>
            [
                "/compliance",
                "/compliance/releases",
                "/rescreening",
                "/compliance/deputies",
                $"/compliance/records/{journeys.ApprovedReference}",
            ],
            _ => ["/", "/register", "/verify", $"/verify/{journeys.VerificationCode}", "/check"],
        };

    private static int MinimumPages(string persona) =>
        persona switch
        {
            Infrastructure.Personas.Researcher => 20,
            "public" => 4,
            _ => 3,
        };
}
