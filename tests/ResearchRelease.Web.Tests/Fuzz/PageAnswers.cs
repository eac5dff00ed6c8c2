using System.Net;
using AngleSharp.Html.Parser;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>What every answer to a fuzzed form post must look like.</summary>
public static class PageAnswers
{
    /// <summary>
    /// Never a 5xx. A refusal (400) is the page again with a GOV.UK error summary whose every link points at an
    /// element on that page. Returns true when the post was accepted (a redirect, or 200 for pages that only answer).
    /// </summary>
    /// <param name="unreadable">
    /// The post holds a NUL or a value over the 64 KB form limit, which ASP.NET Core's form reader refuses outright:
    /// then no page can run, and the answer must be the plain "There is a problem with your request" page (400) or
    /// "What you sent is too large" (413) instead. A browser never sends NUL from a field.
    /// </param>
    public static async Task<bool> CheckAsync(HttpResponseMessage response, string page, string posted, bool unreadable = false)
    {
        var status = (int)response.StatusCode;
        var html = await response.Content.ReadAsStringAsync();
        if (status >= 500)
            throw Fail(page, posted, response, "a server error", html);
        if (
            unreadable
            && response.StatusCode == HttpStatusCode.RequestEntityTooLarge
            && new HtmlParser().ParseDocument(html).QuerySelector("h1")?.TextContent.Trim() == "What you sent is too large"
        )
            return false;
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK)
            return true;
        // A DraftVersion from before another save, on answers that changed since: the two-tabs page, nothing saved.
        if (
            response.StatusCode == HttpStatusCode.Conflict
            && new HtmlParser().ParseDocument(html).QuerySelector("h1")?.TextContent.Trim()
                == "This section was changed in another tab or window"
        )
            return false;
        if (response.StatusCode != HttpStatusCode.BadRequest)
            throw Fail(page, posted, response, "an unexpected status", html);
        var doc = new HtmlParser().ParseDocument(html);
        if (unreadable)
        {
            if (doc.QuerySelector("h1")?.TextContent.Trim() != "There is a problem with your request")
                throw Fail(page, posted, response, "an unreadable form without the 'problem with your request' page", html);
            return false;
        }
        var links = doc.QuerySelectorAll(".govuk-error-summary a").ToList();
        if (links.Count == 0)
            throw Fail(page, posted, response, "a 400 without a GOV.UK error summary", html);
        foreach (var link in links)
        {
            var target = link.GetAttribute("href")?.TrimStart('#') ?? "";
            if (target.Length == 0 || doc.GetElementById(target) is null)
                throw Fail(page, posted, response, $"an error summary link to '#{target}', which is not on the page", html);
        }
        if (!(doc.Title ?? "").StartsWith("Error:", StringComparison.Ordinal))
            throw Fail(page, posted, response, "an error page whose title does not start with 'Error:'", html);
        return false;
    }

    /// <summary>Whether ASP.NET Core's form reader will refuse these values before any page runs.</summary>
    public static bool Unreadable(IEnumerable<string> values) =>
        values.Any(v => v.Contains('\0', StringComparison.Ordinal) || v.Length > Web.Security.RequestLimits.MaxFormValueBytes);

    public static Xunit.Sdk.XunitException Fail(string page, string posted, HttpResponseMessage response, string what, string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var said = string.Join(
            " | ",
            new[] { doc.Title, doc.QuerySelector("h1")?.TextContent, doc.QuerySelector(".govuk-error-summary")?.TextContent }
                .Where(t => !string.IsNullOrWhiteSpace(t))
                .Select(t => System.Text.RegularExpressions.Regex.Replace(t!, @"\s+", " ").Trim())
        );
        var server = (int)response.StatusCode >= 500 ? $"\nServer logged: {ServerErrors.Describe()}" : "";
        return new($"{page} answered {what} ({(int)response.StatusCode}) to: {posted}\nAnswer: {HostileText.Show(said)}{server}");
    }
}
