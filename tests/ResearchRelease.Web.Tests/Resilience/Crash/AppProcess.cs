using System.Collections.Concurrent;
using System.Diagnostics;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Security;
using ResearchRelease.Web.Tests.Infrastructure;
using OsProcess = System.Diagnostics.Process;

namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>
/// The built app (<c>ResearchRelease.Web.dll</c>) run by <c>dotnet</c> as an OS process of its own, on a loopback port,
/// in Development (so the persona header signs requests in) and on the test's database. Killing it is
/// <see cref="OsProcess.Kill(bool)"/> on the whole tree: SIGKILL, no shutdown hooks, no flushing.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly OsProcess _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private AppProcess(OsProcess process, int port)
    {
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    /// <summary>Called from the output reader for each activity the app logs as done (its commit is behind it).</summary>
    public Action? ActivityDone { get; set; }

    public int Port { get; }
    public Uri BaseAddress { get; }
    public bool HasExited => _process.HasExited;
    public TimeSpan Age => _clock.Elapsed;

    /// <summary>
    /// Starts the app. Poll intervals are short so that work left by the previous process is picked up within a
    /// fraction of a second of start-up; rate limits are lifted because one scripted user makes every request.
    /// </summary>
    public static AppProcess Start(
        TestDatabase database,
        int port,
        IReadOnlyDictionary<string, string>? extra = null,
        string[]? args = null
    )
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = BuiltApp.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(BuiltApp.Dll);
        foreach (var arg in args ?? ["--urls", $"http://127.0.0.1:{port}"])
            info.ArgumentList.Add(arg);
        var env = info.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Development";
        env["DOTNET_ENVIRONMENT"] = "Development";
        env["Database__Provider"] = database.Provider;
        env["Database__ConnectionString"] = database.ConnectionString;
        env["Authentication__DevelopmentPersonas"] = "true";
        env["Workflow__PollIntervalSeconds"] = "0.2";
        env["Workflow__ActivityRetrySeconds"] = "0.5";
        env["Letters__PublicBaseUrl"] = "https://researchrelease.test";
        // As in the in-process test apps: Development's example standing shares would start review processes of
        // their own, and the checks count one process per application.
        env["StandingShares__SeedExamples"] = "false";
        env["Logging__LogLevel__Default"] = "Warning";
        env["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        // The engine's line for each activity that has done its work, which ActivityDone recognises.
        env["Logging__LogLevel__ResearchRelease.Workflow.Engine.ActivityRunner"] = "Debug";
        // Start-up is most of each crash cycle: no PGO instrumentation, which only pays off in a long-running process.
        env["DOTNET_TieredPGO"] = "0";
        // Nor a second, optimised compile of hot methods: a life of a few seconds never earns it back (about 0.3 s of
        // CPU less per start, of 2.6 s).
        env["DOTNET_TC_CallCounting"] = "0";
        // Workstation GC: the server GC's heap and thread per core cost about 0.15 s of CPU a start (1.84 s against 1.68 s,
        // five quiet starts each), and the tests run these apps beside their own on two cores.
        env["DOTNET_gcServer"] = "0";
        env["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var policy in RateLimitPolicies.All)
            env[$"RateLimits__{policy}__PermitsPerMinute"] = "1000000";
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
            env[key] = value;

        var process = new OsProcess { StartInfo = info, EnableRaisingEvents = true };
        var app = new AppProcess(process, port);
        process.OutputDataReceived += (_, e) => app.Record(e.Data);
        process.ErrorDataReceived += (_, e) => app.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>A client that signs in as <paramref name="persona"/> with the development header, as scripts do.</summary>
    public HttpClient ClientFor(string persona, HttpMessageHandler? handler = null)
    {
        var client = new HttpClient(handler ?? new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) }, disposeHandler: true)
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        client.DefaultRequestHeaders.Add(DevelopmentPersonas.HeaderName, persona);
        return client;
    }

    /// <summary>Waits until /health answers 200 (the databases are migrated and the engine has started).</summary>
    public async Task<bool> WaitUntilReadyAsync(TimeSpan limit, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = _clock.Elapsed + limit;
        while (_clock.Elapsed < deadline && !ct.IsCancellationRequested)
        {
            if (_process.HasExited)
                return false;
            try
            {
                using var response = await client.GetAsync("/health", ct);
                if (response.IsSuccessStatusCode)
                    return true;
            }
            catch (Exception e) when (e is HttpRequestException or System.Net.Sockets.SocketException)
            {
                // Not listening yet, or killed during start-up just as the connection was made (which the client lets
                // out as a bare SocketException).
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // A slow answer under load; ask again.
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // The cycle killed the app during start-up (a planned kill point): not ready, and not a failure.
                return false;
            }
            try
            {
                await Task.Delay(50, ct);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>SIGKILL to the process and anything it started, then waits until it is gone.</summary>
    public async Task KillAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        await _process.WaitForExitAsync();
    }

    /// <summary>Runs to completion (for one-shot commands such as verify-audit) and returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(timeout.Token);
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    public string OutputTail(int lines = 40) => string.Join(Environment.NewLine, _output.TakeLast(lines));

    public string Output => string.Join(Environment.NewLine, _output);

    private void Record(string? line)
    {
        if (line is null)
            return;
        if (IsActivityDone(line))
            ActivityDone?.Invoke();
        _output.Enqueue($"[{_clock.Elapsed.TotalSeconds, 6:F2}s] {line}");
        while (_output.Count > 500)
            _output.TryDequeue(out _);
    }

    /// <summary>The message of the engine's Debug line "Activity screen done for application … round 1 in workflow …".</summary>
    public static bool IsActivityDone(string line) =>
        line.TrimStart().StartsWith("Activity ", StringComparison.Ordinal)
        && line.Contains(" done for application ", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            await KillAsync();
        _process.Dispose();
    }
}
