using System.Net;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Journeys;

/// <summary>Drives the question flow the way a researcher without JavaScript would: one page at a time, each form posted.</summary>
public static class ApplicationFlow
{
    public static readonly string[] QuestionPages =
    [
        "applicant",
        "organisation",
        "title",
        "purpose",
        "population",
        "outputs",
        "ethics",
        "safeguards",
        "necessity",
        "access",
        "retention",
        "lawful-basis",
    ];

    /// <summary>Starts a draft from the start page and returns its id (from the task list address).</summary>
    public static async Task<Guid> StartAsync(HttpClient client)
    {
        var started = await HtmlForms.SubmitAsync(client, "/applications/start", "#start-form", []);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var location = started.Headers.Location!.OriginalString;
        Assert.EndsWith("/tasks", location, StringComparison.Ordinal);
        return Guid.Parse(location.Split('/')[2]);
    }

    public static async Task<HttpResponseMessage> AnswerAsync(
        HttpClient client,
        Guid id,
        string page,
        IEnumerable<KeyValuePair<string, string>> answers,
        string action = "continue"
    )
    {
        var url = $"/applications/{id}/questions/{page}";
        return await HtmlForms.SubmitAsync(client, url, "#question-form", answers.Append(new("action", action)));
    }

    public static async Task AddNamedUserAsync(HttpClient client, Guid id, string name, bool accredited)
    {
        var url = $"/applications/{id}/named-users";
        List<KeyValuePair<string, string>> fields =
        [
            new("NewName", name),
            new("NewEmail", EmailFor(name)),
            new("NewOrganisation", "University of Exampleton"),
        ];
        if (accredited)
            fields.Add(new("NewAccredited", "true"));
        var response = await HtmlForms.SubmitAsync(client, url, "#add-user-form", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>A made-up work address for a test person: "Dr Priya Shah" → priya.shah@exampleton.ac.uk.</summary>
    public static string EmailFor(string name) =>
        string.Join('.', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("dr" or "prof")))
        + "@exampleton.ac.uk";

    public static async Task AddQuestionAsync(HttpClient client, Guid id, string text)
    {
        var response = await HtmlForms.SubmitAsync(
            client,
            $"/applications/{id}/research-questions",
            "#add-question-form",
            [new("NewQuestion", text)]
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task PickItemsAsync(HttpClient client, Guid id, IEnumerable<string> codes)
    {
        var response = await HtmlForms.SubmitAsync(
            client,
            $"/applications/{id}/data-items",
            "#question-form",
            codes.Select(c => new KeyValuePair<string, string>("Selected", c)).Append(new("action", "continue")),
            clear: ["Selected"]
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task JustifyItemAsync(HttpClient client, Guid id, string code, string why, IEnumerable<string> questions)
    {
        var response = await HtmlForms.SubmitAsync(
            client,
            $"/applications/{id}/data-items/{code}",
            "#question-form",
            questions
                .Select(q => new KeyValuePair<string, string>("Questions", q))
                .Append(new("Justification", why))
                .Append(new("action", "continue")),
            clear: ["Questions"]
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Uploads a small real PDF as the ethics approval letter, as the attachments page's form does.</summary>
    public static async Task AttachEthicsLetterAsync(HttpClient client, Guid id)
    {
        var page = await HtmlForms.GetPageAsync(client, $"/applications/{id}/attachments");
        var form = page.QuerySelector("#upload-ethics_approval")!;
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        using var stream = new MemoryStream();
        document.Save(stream);
        var file = new ByteArrayContent(stream.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("ethics_approval"), "kind" },
            { file, "file", "ethics-approval.pdf" },
        };
        var response = await client.PostAsync(form.GetAttribute("action"), body);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"upload answered {(int)response.StatusCode}");
    }

    /// <summary>The first example case (pub-01), typed in page by page, with its ethics approval letter attached.</summary>
    public static async Task<Guid> FillFirstExampleAsync(HttpClient client)
    {
        var id = await StartAsync(client);
        var answers = FirstExampleAnswers.Fields();
        foreach (var page in QuestionPages)
        {
            var response = await AnswerAsync(client, id, page, answers);
            Assert.True(
                response.StatusCode == HttpStatusCode.Redirect,
                $"{page} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}"
            );
        }
        await AddNamedUserAsync(client, id, "Dr Priya Shah", accredited: true);
        await AddNamedUserAsync(client, id, "Tom Evans", accredited: true);
        await AddQuestionAsync(client, id, "How does progress from key stage 2 to key stage 4 differ by free school meals eligibility?");
        await AddQuestionAsync(client, id, "Does the gap differ between school types?");
        var items = FirstExampleAnswers.Items;
        await PickItemsAsync(client, id, items.Select(i => i.Code));
        foreach (var (code, why, questions) in items)
            await JustifyItemAsync(client, id, code, why, questions);
        await AttachEthicsLetterAsync(client, id);
        return id;
    }
}
