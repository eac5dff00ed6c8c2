using Microsoft.Playwright;

namespace ResearchRelease.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, driven by Playwright without any browser download. In CI (<c>CI=true</c>) a missing
/// Chromium is a failure, not a skip: a browser suite must never pass by not running.
/// </summary>
public static class Chromium
{
    /// <summary>
    /// Chromium's headless shell first (Debian's <c>chromium-headless-shell</c>, which Playwright itself runs for headless
    /// tests): the same Blink, V8 and network stack without the desktop browser around them. The browser suite used
    /// about a fifth less CPU with it (201 s against 260 s, one run each). The full browser where only that is installed.
    /// </summary>
    private static readonly string[] Installations = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("RR_CHROMIUM") is { Length: > 0 } path
            ? path
            : Installations.FirstOrDefault(File.Exists) ?? Installations[0];

    public static bool Installed => File.Exists(ExecutablePath);

    public static bool MustRun => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Call first in every browser test.</summary>
    public static void Require()
    {
        if (Installed)
            return;
        if (MustRun)
            throw new InvalidOperationException(
                $"CI=true but Chromium is not at {ExecutablePath}: the browser suite cannot be skipped in CI (apt-get install chromium-headless-shell)."
            );
        Skip.If(
            true,
            $"Chromium is not installed at {ExecutablePath}; install it (apt-get install chromium-headless-shell) or set RR_CHROMIUM."
        );
    }

    private static readonly Lazy<Task<IBrowser>> Shared = new(LaunchSharedAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// One Playwright driver and one Chromium for the whole test process, launched at first use and closed as the
    /// process ends. Every journey still gets a browser context of its own, which shares no cookies, storage or cache
    /// with another; a launch of each per class cost about a second and a half of CPU, ten times a run.
    /// </summary>
    public static Task<IBrowser> SharedAsync() => Shared.Value;

    private static async Task<IBrowser> LaunchSharedAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await LaunchAsync(playwright);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            // Bounded: a browser that does not answer must not hold the test run open.
            browser.CloseAsync().Wait(TimeSpan.FromSeconds(10));
            playwright.Dispose();
        };
        return browser;
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args =
                [
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                ],
            }
        );
}
