using Microsoft.Playwright;

namespace ResearchRelease.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, driven by Playwright without any browser download. In CI (<c>CI=true</c>) a missing
/// Chromium is a failure, not a skip: a browser suite must never pass by not running.
/// </summary>
public static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("RR_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool Installed => File.Exists(ExecutablePath);

    public static bool MustRun => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Call first in every browser test.</summary>
    public static void Require()
    {
        if (Installed) return;
        if (MustRun) throw new InvalidOperationException($"CI=true but Chromium is not at {ExecutablePath}: the browser suite cannot be skipped in CI (apt-get install chromium).");
        Skip.If(true, $"Chromium is not installed at {ExecutablePath}; install it (apt-get install chromium) or set RR_CHROMIUM.");
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
}
