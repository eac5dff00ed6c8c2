namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>
/// Where the web project's own build output is: <c>src/ResearchRelease.Web/bin/&lt;configuration&gt;/&lt;tfm&gt;/</c>,
/// the same configuration as these tests (building the tests builds it). The tests' own output folder holds a copy
/// of the app too (with its runtimeconfig and fonts), used when the source tree is not beside the tests.
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
            if (!File.Exists(Path.Combine(dir.FullName, "ResearchRelease.sln"))) continue;
            var own = Path.Combine(dir.FullName, "src", "ResearchRelease.Web", "bin", configuration, tfm);
            if (IsComplete(own)) return own;
            break;
        }
        if (IsComplete(testOutput.FullName)) return testOutput.FullName;
        throw new FileNotFoundException($"No built {DllName} (with its runtimeconfig and workflows) beside {testOutput.FullName}.");
    }

    private static bool IsComplete(string folder) =>
        File.Exists(Path.Combine(folder, DllName))
        && File.Exists(Path.Combine(folder, "ResearchRelease.Web.runtimeconfig.json"))
        && Directory.Exists(Path.Combine(folder, "workflows"));
}
