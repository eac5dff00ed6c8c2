using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>A real approval letter issued in the fuzz app, the way <see cref="ApprovedApp"/> gets one: the file every tampering starts from.</summary>
public static class FuzzLetter
{
    public static async Task<byte[]> IssueAsync(FuzzApp fuzz)
    {
        var researcher = fuzz.ClientFor(Personas.Researcher);
        var (id, _) = await ApiClient.CreateAsync(researcher, ExampleCases.ApplicationJson("pub-01"));
        await ApiClient.SubmitAsync(researcher, id);
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
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
        await ApiClient.WaitForLetterAsync(researcher, id);
        return await researcher.GetByteArrayAsync($"/api/applications/{id}/letter.pdf");
    }
}
