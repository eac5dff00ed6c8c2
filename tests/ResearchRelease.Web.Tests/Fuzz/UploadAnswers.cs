using System.Net;
using AngleSharp.Html.Parser;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>What every answer to a fuzzed upload (a multipart form post to a page) must look like.</summary>
public static class UploadAnswers
{
    /// <summary>
    /// As <see cref="PageAnswers.CheckAsync"/>, and a refusal's error summary must link to <paramref name="field"/>
    /// (or one of the fields it allows). A body ASP.NET Core cannot read as a form (<see cref="MultipartBody.MayBeUnreadable"/>)
    /// may instead get the plain "There is a problem with your request" page; one over the request limit, "What you sent is too large".
    /// </summary>
    public static async Task<bool> CheckAsync(HttpResponseMessage response, string page, MultipartBody body, Func<string, bool> field)
    {
        var html = await response.Content.ReadAsStringAsync();
        var heading = new HtmlParser().ParseDocument(html).QuerySelector("h1")?.TextContent.Trim();
        if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge && heading == "What you sent is too large")
            return false;
        if (body.MayBeUnreadable && response.StatusCode == HttpStatusCode.BadRequest && heading == "There is a problem with your request")
            return false;
        var posted = body.ToString();
        if (await PageAnswers.CheckAsync(response, page, posted))
            return true;
        var links = new HtmlParser()
            .ParseDocument(html)
            .QuerySelectorAll(".govuk-error-summary a")
            .Select(a => a.GetAttribute("href")!.TrimStart('#'))
            .ToList();
        if (!links.Any(field))
            throw PageAnswers.Fail(
                page,
                posted,
                response,
                $"an error summary that names none of the upload's fields ({string.Join(", ", links)})",
                html
            );
        return false;
    }
}
