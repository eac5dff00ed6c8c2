using System.Diagnostics;
using System.Globalization;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Resilience.Crash;

namespace ResearchRelease.Web.Tests.Resilience.Outage;

/// <summary>
/// A PostgreSQL server of the test's own (initdb + pg_ctl from /usr/lib/postgresql/&lt;version&gt;/bin) on a spare
/// loopback port, so that stopping it disturbs no other test using the shared server. initdb and postgres refuse to
/// run as root, so as root (CI) every command runs as the <c>postgres</c> user through runuser, on a folder that user
/// owns. Trust authentication on loopback: the server lives for one test and holds nothing but test data.
/// </summary>
public sealed class PrivatePostgres : IDisposable
{
    public const string User = "rr";

    private readonly string _bin;
    private readonly string _folder;
    private bool _running;

    private PrivatePostgres(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>For the admin connection that makes databases (see <see cref="TestDatabase.PostgresOn"/>).</summary>
    public string ServerConnectionString => $"Host=127.0.0.1;Port={Port};Username={User};Database=postgres;Timeout=5;Command Timeout=30";

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>The newest installed server binaries, or null when PostgreSQL is not installed.</summary>
    public static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory
                .GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b =>
                    int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), CultureInfo.InvariantCulture, out var v) ? v : 0
                )
                .FirstOrDefault()
            : null;

    /// <summary>Skips locally when PostgreSQL's binaries are missing; in CI (CI=true) that is a failure.</summary>
    public static void Require()
    {
        if (FindBinaries() is not null)
            return;
        if (TestDatabase.MustRunEverything)
            throw new InvalidOperationException(
                "CI=true but no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql: the outage test cannot be skipped in CI."
            );
        Skip.If(true, "Install postgresql to run the database outage test (it starts a server of its own).");
    }

    public static async Task<PrivatePostgres> StartNewAsync()
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException("PostgreSQL server binaries not found.");
        var folder = Path.Combine(Path.GetTempPath(), "rr-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (IsRoot)
            await RunAsync("chown", ["postgres:postgres", folder], asPostgres: false);
        var server = new PrivatePostgres(bin, folder, FreePort.Next());
        await server.ToolAsync(
            "initdb",
            ["-D", server.DataFolder, "-U", User, "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"]
        );
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        // The socket lives in the test's own folder: /var/run/postgresql belongs to the shared server.
        var options = $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100";
        await ToolAsync("pg_ctl", ["-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
        _running = true;
    }

    /// <summary>A fast shutdown: open sessions are terminated and every client sees its connection drop.</summary>
    public async Task StopAsync()
    {
        await ToolAsync("pg_ctl", ["-D", DataFolder, "-m", "fast", "-w", "-t", "60", "stop"]);
        _running = false;
    }

    public string ServerLog =>
        File.Exists(Path.Combine(_folder, "server.log")) ? File.ReadAllText(Path.Combine(_folder, "server.log")) : "";

    private static bool IsRoot => Environment.UserName == "root";

    private Task ToolAsync(string tool, string[] args) => RunAsync(Path.Combine(_bin, tool), args, asPostgres: IsRoot);

    private static async Task RunAsync(string file, string[] args, bool asPostgres)
    {
        var info = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
                info.ArgumentList.Add(a);
        }
        foreach (var a in args)
            info.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{Path.GetFileName(file)} {string.Join(' ', args)} exited {process.ExitCode}: {await stdout} {await stderr}"
            );
    }

    public void Dispose()
    {
        if (_running)
        {
            try
            {
                ToolAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"]).GetAwaiter().GetResult();
            }
            catch (InvalidOperationException)
            {
                // Already stopped; the folder goes either way.
            }
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
