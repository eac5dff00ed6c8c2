using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>
/// Plays the researcher and the Chief Statistician over the JSON API, as scripts would. It keeps no state the app
/// does not also keep: each step reads the application and does what its status calls for, so after a kill it
/// simply carries on from whatever the database says happened. New applications are started as others finish, so
/// every kill lands on work in progress.
/// </summary>
public sealed class CrashDriver(string run)
{
    private readonly List<HarnessApplication> _applications = [];

    public IReadOnlyList<HarnessApplication> Applications => _applications;

    /// <summary>What a live app must never answer: 5xx, duplicates, statuses the script does not expect.</summary>
    public List<string> Problems { get; } = [];

    public int Writes { get; private set; }

    private int _workflowSteps;

    /// <summary>Activities the workflow has done (screenings, routings, letters), as the app logged them.</summary>
    public int WorkflowSteps => Volatile.Read(ref _workflowSteps);

    /// <summary>Counts an activity the app logged as done; returns how many the run has seen.</summary>
    public int CountWorkflowStep() => Interlocked.Increment(ref _workflowSteps);

    public int Concurrency { get; init; } = 3;
    public int MaxApplications { get; init; } = 200;
    public bool CreateMore { get; set; } = true;
    public bool AllDone => _applications.All(a => a.Done);

    /// <summary>Every application it may create is created and done: a live app then has nothing left to be asked.</summary>
    public bool Exhausted => AllDone && (!CreateMore || _applications.Count >= MaxApplications);

    /// <summary>Steps every unfinished application in turn until cancelled (the kill) or, with nothing more to create, all are done.</summary>
    public async Task RunAsync(HttpClient client, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            while (CreateMore && _applications.Count(a => !a.Done) < Concurrency && _applications.Count < MaxApplications)
                _applications.Add(new HarnessApplication(_applications.Count + 1, run));
            if (Exhausted)
                return;
            var wrote = false;
            foreach (var application in _applications.Where(a => !a.Done).ToList())
            {
                if (ct.IsCancellationRequested)
                    return;
                try
                {
                    wrote |= await StepAsync(client, application, ct);
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException or SocketException or OperationCanceledException)
                {
                    // The app was killed under the request (or is still starting): the next cycle reads what stuck.
                    // A kill between the connection's handshake and the client reading its address comes out of the
                    // client as a bare SocketException ("Transport endpoint is not connected"), not wrapped.
                    if (ct.IsCancellationRequested)
                        return;
                }
            }
            if (!wrote)
            {
                try
                {
                    await Task.Delay(100, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One step for one application; true when it sent a write.</summary>
    private async Task<bool> StepAsync(HttpClient client, HarnessApplication application, CancellationToken ct)
    {
        if (application.Id is null)
            return await CreateAsync(client, application, ct);
        var id = application.Id.Value;
        using var read = await SendAsync(client, Personas.Researcher, HttpMethod.Get, $"/api/applications/{id}", null, ct);
        if (!Expect(read, HttpStatusCode.OK, application))
            return false;
        var view = await read.Content.ReadFromJsonAsync<JsonElement>(ct);
        var status = view.GetProperty("status").GetString();
        var round = view.GetProperty("round").GetInt32();
        switch (status)
        {
            case "Draft" or "ReturnedForChanges":
                // Attaching is idempotent (it replaces the file), so a crash between the two writes only repeats it.
                if (ApiClient.DeclaresEthicsApproval(application.FirstForm) && !await AttachAsync(client, id, application, ct))
                    return true;
                await WriteAsync(
                    client,
                    Personas.Researcher,
                    HttpMethod.Post,
                    $"/api/applications/{id}/submit",
                    null,
                    HttpStatusCode.Accepted,
                    application,
                    ct
                );
                return true;
            case "ReturnedToResearcher":
                var version = view.GetProperty("version").GetInt32().ToString(CultureInfo.InvariantCulture);
                if (
                    await WriteAsync(
                        client,
                        Personas.Researcher,
                        HttpMethod.Put,
                        $"/api/applications/{id}?expectedVersion={version}",
                        application.CompleteForm,
                        HttpStatusCode.OK,
                        application,
                        ct
                    )
                )
                    await WriteAsync(
                        client,
                        Personas.Researcher,
                        HttpMethod.Post,
                        $"/api/applications/{id}/submit",
                        null,
                        HttpStatusCode.Accepted,
                        application,
                        ct
                    );
                return true;
            case "AwaitingDecision":
                var decision = JsonSerializer.Serialize(application.DecisionFor(round), ExampleCases.Json);
                await WriteAsync(
                    client,
                    Personas.ChiefStatistician,
                    HttpMethod.Post,
                    $"/api/applications/{id}/decision",
                    decision,
                    HttpStatusCode.OK,
                    application,
                    ct
                );
                return true;
            case "Approved" or "Refused":
                application.Done = view.GetProperty("letter").ValueKind == JsonValueKind.Object;
                return false;
            case "Submitted":
                return false; // screening is the workflow's to do
            default:
                Problems.Add($"application {application.Number} ({application.Path}) is {status}, which its path never reaches");
                application.Done = true;
                return false;
        }
    }

    private async Task<bool> CreateAsync(HttpClient client, HarnessApplication application, CancellationToken ct)
    {
        if (application.CreateUnconfirmed)
        {
            using var list = await SendAsync(client, Personas.Researcher, HttpMethod.Get, "/api/applications", null, ct);
            if (!Expect(list, HttpStatusCode.OK, application))
                return false;
            var mine = (await list.Content.ReadFromJsonAsync<JsonElement>(ct))
                .EnumerateArray()
                .Where(a => a.GetProperty("title").GetString() == application.Title)
                .ToList();
            if (mine.Count > 1)
                Problems.Add($"application {application.Number} exists {mine.Count} times");
            if (mine.Count > 0)
            {
                application.Id = mine[0].GetProperty("id").GetGuid();
                application.CreateUnconfirmed = false;
                return false;
            }
        }
        application.CreateUnconfirmed = true;
        using var created = await SendAsync(client, Personas.Researcher, HttpMethod.Post, "/api/applications", application.FirstForm, ct);
        Writes++;
        if (!Expect(created, HttpStatusCode.Created, application))
            return true;
        application.Id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        application.CreateUnconfirmed = false;
        return true;
    }

    private async Task<bool> AttachAsync(HttpClient client, Guid id, HarnessApplication application, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/applications/{id}/attachments/ethics_approval");
        request.Headers.Add(DevelopmentPersonas.HeaderName, Personas.Researcher);
        request.Content = new ByteArrayContent(ApiClient.OnePagePdf());
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        using var response = await client.SendAsync(request, ct);
        Writes++;
        return Expect(response, HttpStatusCode.NoContent, application);
    }

    private async Task<bool> WriteAsync(
        HttpClient client,
        string persona,
        HttpMethod method,
        string url,
        string? json,
        HttpStatusCode expected,
        HarnessApplication application,
        CancellationToken ct
    )
    {
        using var response = await SendAsync(client, persona, method, url, json, ct);
        Writes++;
        return Expect(response, expected, application);
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client,
        string persona,
        HttpMethod method,
        string url,
        string? json,
        CancellationToken ct
    )
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add(DevelopmentPersonas.HeaderName, persona);
        if (json is not null)
            request.Content = ApiClient.Json(json);
        return await client.SendAsync(request, ct);
    }

    /// <summary>
    /// A 409 is the one refusal a step may meet honestly (it acted on a view a moment old); anything else
    /// unexpected is a problem. Either way the next step reads the application again.
    /// </summary>
    private bool Expect(HttpResponseMessage response, HttpStatusCode expected, HarnessApplication application)
    {
        if (response.StatusCode == expected)
            return true;
        if (response.StatusCode != HttpStatusCode.Conflict)
            Problems.Add(
                $"application {application.Number} ({application.Path}): {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}"
            );
        return false;
    }
}
