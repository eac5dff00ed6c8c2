using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Process;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Tests.Process;

/// <summary>
/// The engine runs each step at least once: a node killed after an activity committed, before the engine saved the
/// step, runs it again on restart, and by then the researcher may have mended and resubmitted the application. The
/// crash harness found this: the screening step of round 1, run again after round 2 was submitted, screened the mended
/// form and sent round 1 to the Chief Statistician, leaving round 2 unscreened for ever.
/// </summary>
public sealed class RepeatedStepTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    [Fact]
    public async Task Screening_a_round_again_after_it_was_returned_and_resubmitted_answers_what_that_round_said()
    {
        var researcher = shared.App.ClientFor(Personas.Researcher);
        // pub-06 has no named users and no settings: screening sends it back.
        var (id, _) = await ApiClient.CreateAsync(researcher, ExampleCases.ApplicationJson("pub-06"));
        await ApiClient.SubmitAsync(researcher, id);
        var returned = await ApiClient.WaitForStatusAsync(researcher, id, "ReturnedToResearcher");
        var firstOutcome = returned.GetProperty("screening").GetProperty("overall").GetString();
        Assert.NotEqual("eligible", firstOutcome);

        var mended = ExampleCases.ApplicationJson("pub-01");
        var version = returned.GetProperty("version").GetInt32();
        using (var put = await researcher.PutAsync($"/api/applications/{id}?expectedVersion={version}", ApiClient.Json(mended)))
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        if (ApiClient.DeclaresEthicsApproval(mended))
            await ApiClient.AttachAsync(researcher, id, "ethics_approval");
        await ApiClient.SubmitAsync(researcher, id);
        var second = await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");

        using var scope = shared.App.Services.CreateScope();
        var activities = scope.ServiceProvider.GetRequiredService<IProcessActivities>();
        Task<string> RoundOne(string activity) => activities.RunAsync(new ActivityContext(activity, id, 1), CancellationToken.None);
        Assert.Equal(firstOutcome, await RoundOne(ProcessActivityNames.Screen));
        Assert.Equal("done", await RoundOne(ProcessActivityNames.ReturnToResearcher));

        var after = await ApiClient.GetAsync(researcher, id);
        Assert.Equal("AwaitingDecision", after.GetProperty("status").GetString());
        Assert.Equal(second.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
    }
}
