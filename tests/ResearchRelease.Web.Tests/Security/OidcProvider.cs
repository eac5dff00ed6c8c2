using System.Diagnostics;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// tests/oidc-mock (npm oauth2-mock-server) as a child process on a free loopback port: a real OpenID Connect
/// provider that checks PKCE and echoes the nonce. It stops when its standard input closes (or is killed).
/// </summary>
public sealed class OidcProvider : IAsyncDisposable
{
    private readonly System.Diagnostics.Process _process;

    private OidcProvider(System.Diagnostics.Process process, string issuer)
    {
        _process = process;
        Issuer = issuer;
    }

    public string Issuer { get; }

    public static async Task<OidcProvider> StartAsync(IReadOnlyDictionary<string, string> claims)
    {
        var folder = Locate();
        var start = new ProcessStartInfo("node", "server.mjs")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in claims)
            start.Environment[key] = value;
        var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("LISTENING ", StringComparison.Ordinal))
                return new OidcProvider(process, line["LISTENING ".Length..].Trim());
        }
        throw new InvalidOperationException("The OIDC mock exited: " + await process.StandardError.ReadToEndAsync(timeout.Token));
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "oidc-mock");
            if (File.Exists(Path.Combine(candidate, "server.mjs")))
                return candidate;
        }
        throw new DirectoryNotFoundException("tests/oidc-mock was not found above " + AppContext.BaseDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
