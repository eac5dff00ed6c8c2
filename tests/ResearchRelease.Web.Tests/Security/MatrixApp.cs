using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// The app with one application owned by <c>researcher</c> that has been approved and has its letter: a state in
/// which every endpoint can be called by everyone without changing anything (no command is allowed any more).
/// </summary>
public sealed class MatrixApp : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();

    public AppFactory App { get; private set; } = null!;
    public Guid Id { get; private set; }
    public string Reference { get; private set; } = "";
    public Guid LetterId { get; private set; }

    public async Task InitializeAsync()
    {
        App = new AppFactory(_database);
        var owner = App.ClientFor(Personas.Researcher);
        (Id, Reference) = await ApiClient.CreateAsync(owner, ExampleCases.ApplicationJson("pub-01"));
        await ApiClient.SubmitAsync(owner, Id);
        await ApiClient.WaitForStatusAsync(owner, Id, "AwaitingDecision");
        var decided = await ApiClient.DecideAsync(
            App.ClientFor(Personas.ChiefStatistician),
            Id,
            new { outcome = "approve", endDate = "2029-03-31" }
        );
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        var view = await ApiClient.WaitForLetterAsync(owner, Id);
        LetterId = view.GetProperty("letters")[0].GetProperty("letterId").GetGuid();
    }

    /// <summary>Every routed endpoint of the running app: minimal API and Razor Pages alike.</summary>
    public IReadOnlyList<RouteEndpoint> Endpoints() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _database.Dispose();
    }
}
