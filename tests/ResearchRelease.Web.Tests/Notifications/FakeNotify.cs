using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ResearchRelease.Web.Tests.Notifications;

/// <summary>
/// A loopback HTTP server answering the two GOV.UK Notify calls the app makes (send an email; list notifications by
/// reference), recording every request. <see cref="LoseFirstAnswer"/> accepts the first email but answers 500, as
/// when Notify took the message and the answer was lost on the way back.
/// </summary>
public sealed class FakeNotify : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private int _posts;

    public FakeNotify()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string BaseUrl { get; }
    public bool LoseFirstAnswer { get; init; }
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Emails Notify accepted, by reference.</summary>
    public ConcurrentDictionary<string, string> Accepted { get; } = new();

    public IEnumerable<JsonElement> Emails => Requests.Where(r => r.Method == "POST").Select(r => JsonDocument.Parse(r.Body).RootElement);

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            try
            {
                await AnswerAsync(context);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException)
            {
                // The caller went away (the app shutting down mid-request): nothing for the fake to answer.
            }
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new RecordedRequest(request.HttpMethod, request.Url!.PathAndQuery, request.Headers["Authorization"] ?? "", body));
        var (status, answer) =
            request.HttpMethod == "POST" && request.Url.AbsolutePath == "/v2/notifications/email" ? Send(JsonNode.Parse(body)!)
            : request.HttpMethod == "GET" && request.Url.AbsolutePath == "/v2/notifications" ? (200, List(request.QueryString["reference"]))
            : (404, """{"status_code":404,"errors":[{"error":"NotFound","message":"Not found"}]}""");
        var bytes = Encoding.UTF8.GetBytes(answer);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private (int, string) Send(JsonNode email)
    {
        var reference = email["reference"]?.GetValue<string>() ?? "";
        var id = Guid.NewGuid().ToString();
        Accepted[reference] = id;
        if (LoseFirstAnswer && Interlocked.Increment(ref _posts) == 1)
            return (500, """{"status_code":500,"errors":[{"error":"Exception","message":"Internal server error"}]}""");
        var templateId = email["template_id"]!.GetValue<string>();
        return (
            201,
            new JsonObject
            {
                ["id"] = id,
                ["reference"] = reference,
                ["uri"] = $"{BaseUrl}v2/notifications/{id}",
                ["template"] = new JsonObject
                {
                    ["id"] = templateId,
                    ["version"] = 1,
                    ["uri"] = $"{BaseUrl}v2/template/{templateId}",
                },
                ["content"] = new JsonObject
                {
                    ["subject"] = "subject",
                    ["body"] = "body",
                    ["from_email"] = "research.release@notifications.service.gov.uk",
                },
            }.ToJsonString()
        );
    }

    private string List(string? reference)
    {
        var found = new JsonArray();
        if (reference is not null && Accepted.TryGetValue(reference, out var id))
            found.Add(
                new JsonObject
                {
                    ["id"] = id,
                    ["reference"] = reference,
                    ["type"] = "email",
                    ["status"] = "created",
                }
            );
        return new JsonObject
        {
            ["notifications"] = found,
            ["links"] = new JsonObject { ["current"] = $"{BaseUrl}v2/notifications" },
        }.ToJsonString();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}

public sealed record RecordedRequest(string Method, string PathAndQuery, string Authorization, string Body);
