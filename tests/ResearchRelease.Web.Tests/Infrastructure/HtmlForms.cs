using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// Submits a page's form the way a browser would: every field with its current value, the antiforgery
/// token included, then the test's own answers on top.
/// </summary>
public static class HtmlForms
{
    public static async Task<IHtmlDocument> GetPageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client,
        string pageUrl,
        string formSelector,
        IEnumerable<KeyValuePair<string, string>> answers,
        IEnumerable<string>? clear = null
    )
    {
        var page = await GetPageAsync(client, pageUrl);
        return await SubmitAsync(client, page, pageUrl, formSelector, answers, clear);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client,
        IHtmlDocument page,
        string pageUrl,
        string formSelector,
        IEnumerable<KeyValuePair<string, string>> answers,
        IEnumerable<string>? clear = null
    )
    {
        var form =
            page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                            fields.Add(new(input.Name, input.Value));
                    }
                    else if (input.Type is not "submit")
                        fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }
        var given = answers.ToList();
        var replaced = given.Select(a => a.Key).Concat(clear ?? []).ToHashSet(StringComparer.Ordinal);
        fields.RemoveAll(f => replaced.Contains(f.Key));
        fields.AddRange(given);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }
}
