namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>
/// The app these tests start as a process. First the copy this project's build makes with the heaviest assemblies
/// compiled ahead of time (<c>ready-to-run-app/</c> in the tests' output), while it is not older than the app's build;
/// else the web project's own build output, <c>src/ResearchRelease.Web/bin/&lt;configuration&gt;/&lt;tfm&gt;/</c>, the same
/// configuration as these tests (building the tests builds it). The tests' own output folder holds a copy of the app
/// too (with its runtimeconfig and fonts), used when the source tree is not beside the tests.
/// </summary>
public static class BuiltApp
{
    public const string DllName = "ResearchRelease.Web.dll";

    private static readonly Lazy<string> Located = new(Locate);

    public static string Folder => Located.Value;

    public static string Dll => Path.Combine(Folder, DllName);

    private static string Locate()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = testOutput.Name;
        var configuration = testOutput.Parent?.Name ?? "Debug";
        for (var dir = testOutput; dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "ResearchRelease.sln")))
                continue;
            var own = Path.Combine(dir.FullName, "src", "ResearchRelease.Web", "bin", configuration, tfm);
            var compiled = Path.Combine(testOutput.FullName, "ready-to-run-app");
            if (IsComplete(compiled) && (!IsComplete(own) || NotOlder(compiled, own)))
                return compiled;
            if (IsComplete(own))
                return own;
            break;
        }
        if (IsComplete(testOutput.FullName))
            return testOutput.FullName;
        throw new FileNotFoundException($"No built {DllName} (with its runtimeconfig and workflows) beside {testOutput.FullName}.");
    }

    private static bool NotOlder(string copy, string build) =>
        File.GetLastWriteTimeUtc(Path.Combine(copy, DllName)) >= File.GetLastWriteTimeUtc(Path.Combine(build, DllName));

    private static bool IsComplete(string folder) =>
        File.Exists(Path.Combine(folder, DllName))
        && File.Exists(Path.Combine(folder, "ResearchRelease.Web.runtimeconfig.json"))
        && Directory.Exists(Path.Combine(folder, "workflows"));
}
