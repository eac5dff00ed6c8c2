using System.Net;
using AngleSharp.Html.Parser;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Corrections;

/// <summary>"Issue a corrected letter" is offered only while the state allows a correction, on the link and the page.</summary>
public sealed class CorrectionOfferedTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    [Fact]
    public async Task A_letter_is_not_offered_for_correction_once_the_state_no_longer_allows_it()
    {
        var researcher = shared.App.ClientFor(Personas.Researcher);
        var chief = shared.App.ClientFor(Personas.ChiefStatistician);
        var (id, _) = await ApiClient.SubmitAndWaitAsync(researcher, "pub-01");
        var decided = await ApiClient.DecideAsync(chief, id, new { outcome = "approve", endDate = "2029-03-31" });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        await ApiClient.WaitForLetterAsync(researcher, id);

        var approved = await HtmlForms.GetPageAsync(chief, $"/decisions/{id}");
        Assert.NotNull(approved.QuerySelector("#correct-letter"));
        Assert.NotNull(
            (await HtmlForms.GetPageAsync(chief, $"/decisions/{id}/correct-letter")).QuerySelector("form[action*='handler=Review']")
        );

        // An extension request puts the release into a state where the letter in force cannot be corrected.
        var extension = await researcher.PostAsync(
            $"/api/applications/{id}/extension",
            ApiClient.Json("""{"newEndDate":"2030-03-31","justification":"The analysis of the 2022 cohort needs another year."}""")
        );
        Assert.True(extension.IsSuccessStatusCode, await extension.Content.ReadAsStringAsync());

        Assert.Null((await HtmlForms.GetPageAsync(chief, $"/decisions/{id}")).QuerySelector("#correct-letter"));
        var refused = await chief.GetAsync($"/decisions/{id}/correct-letter");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("#not-correctable"));
        Assert.Null(page.QuerySelector("form[action*='handler=Review']"));
    }
}
