using System.Text.Json;
using ResearchRelease.Web.Tests.Deputies;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Journeys;

namespace ResearchRelease.Web.Tests.PlainWords;

/// <summary>
/// One app with something at every stage each persona sees: a draft typed in page by page, an approval signed by the
/// Chief Statistician, one signed by the designated deputy, a refusal and a return for changes, each with its emails
/// and letters.
/// </summary>
public sealed class PersonaJourneys : IAsyncLifetime
{
    private TestDatabase? database;

    public AppFactory App { get; private set; } = null!;
    public Guid Draft { get; private set; }
    public Guid Approved { get; private set; }
    public Guid ByDeputy { get; private set; }
    public Guid Refused { get; private set; }
    public Guid Returned { get; private set; }
    public string ApprovedReference { get; private set; } = "";
    public string VerificationCode { get; private set; } = "";

    public IEnumerable<Guid> Decided => [Approved, ByDeputy, Refused, Returned];

    public async Task InitializeAsync()
    {
        database = TestDatabase.Create("Sqlite");
        App = new AppFactory(database);
        var researcher = App.ClientFor(Personas.Researcher);
        var chief = App.ClientFor(Personas.ChiefStatistician);
        Draft = await ApplicationFlow.FillFirstExampleAsync(researcher);

        (Approved, ApprovedReference) = await SubmittedAsync(researcher);
        (ByDeputy, _) = await SubmittedAsync(researcher);
        (Refused, _) = await SubmittedAsync(researcher);
        (Returned, _) = await SubmittedAsync(researcher);
        foreach (var id in Decided)
            await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");

        await Decide(
            chief,
            Approved,
            new
            {
                outcome = "approve",
                endDate = "2029-03-31",
                reasons = "A sound design with clear public benefit.",
            }
        );
        await Decide(chief, Refused, new { outcome = "refuse", reasons = "Published tables answer these questions." });
        await Decide(chief, Returned, new { outcome = "return", reasons = "Say which school types you will compare." });
        var today = DeputySteps.Today;
        var designated = await DeputySteps.DesignateOnPageAsync(chief, today, today.AddDays(14));
        Assert.True(designated.StatusCode == System.Net.HttpStatusCode.Redirect, await designated.Content.ReadAsStringAsync());
        var signed = await DeputySteps.ApproveOnPageAsync(App.ClientFor(Personas.Deputy), ByDeputy);
        Assert.True(signed.StatusCode == System.Net.HttpStatusCode.Redirect, await signed.Content.ReadAsStringAsync());

        foreach (var id in new[] { Approved, ByDeputy, Refused })
            await ApiClient.WaitForLetterAsync(researcher, id);
        var view = await ApiClient.GetAsync(researcher, Approved);
        VerificationCode = view.GetProperty("letter").GetProperty("verificationCode").GetString()!;
    }

    private static async Task<(Guid, string)> SubmittedAsync(HttpClient researcher)
    {
        var created = await ApiClient.CreateAsync(researcher, ExampleCases.ApplicationJson("pub-01"));
        await ApiClient.SubmitAsync(researcher, created.Id);
        return created;
    }

    private static async Task Decide(HttpClient chief, Guid id, object decision)
    {
        var response = await ApiClient.DecideAsync(chief, id, decision);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        if (database is null)
            return;
        await App.DisposeAsync();
        database.Dispose();
    }
}
