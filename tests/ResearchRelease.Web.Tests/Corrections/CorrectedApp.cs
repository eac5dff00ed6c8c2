using System.Net;
using System.Text.Json;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Corrections;

/// <summary>
/// An approved application whose letter the Chief Statistician then corrected through the pages, exactly as a
/// browser does it: the correction form, the review page, the signed confirmation.
/// </summary>
public class CorrectedApp : IAsyncLifetime
{
    public const string Reason = "The applicant's surname was misspelt in the letter.";
    public const string CorrectedName = "Dr Priya Shah-Khan";

    protected virtual ApprovedApp CreateApproved() => new();

    public ApprovedApp Approved { get; private set; } = null!;
    public AppFactory App => Approved.App;
    public Guid Id => Approved.Id;
    public JsonElement OldLetter { get; private set; }
    public JsonElement NewLetter { get; private set; }
    public byte[] NewPdf { get; private set; } = [];
    public string ReviewPage { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Approved = CreateApproved();
        await Approved.InitializeAsync();
        if (Approved.Id == Guid.Empty)
            return; // PostgreSQL not configured: the tests skip themselves
        var chief = App.ClientFor(Personas.ChiefStatistician);
        var url = $"/decisions/{Id}/correct-letter";
        var review = await HtmlForms.SubmitAsync(
            chief,
            url,
            "form[action*='handler=Review']",
            [new("Input.Reason", Reason), new("Input.AddresseeName", CorrectedName)]
        );
        ReviewPage = await review.Content.ReadAsStringAsync();
        Assert.True(review.StatusCode == HttpStatusCode.OK, ReviewPage);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(ReviewPage);
        var signed = await HtmlForms.SubmitAsync(chief, page, url, "form[action*='handler=Sign']", [new("confirmed", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);

        var view = await ApiClient.GetAsync(App.ClientFor(Personas.Researcher), Id);
        var letters = view.GetProperty("letters").EnumerateArray().ToList();
        Assert.Equal(2, letters.Count);
        (OldLetter, NewLetter) = (letters[0], letters[1]);
        NewPdf = await App.ClientFor(Personas.Researcher).GetByteArrayAsync(NewLetter.GetProperty("url").GetString());
    }

    public string OldCode => OldLetter.GetProperty("verificationCode").GetString()!;
    public string NewCode => NewLetter.GetProperty("verificationCode").GetString()!;

    public Task DisposeAsync() => Approved.DisposeAsync();
}

public sealed class CorrectedPostgresApp : CorrectedApp
{
    protected override ApprovedApp CreateApproved() => new ApprovedPostgresApp();
}
