namespace ResearchRelease.Workflow.Tests.Support;

/// <summary>The repository's workflows/ folder, copied next to the test assembly.</summary>
internal static class DefinitionFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "workflows");

    public static string V1Path => Path.Combine(Folder, "research-release.v1.json");

    public static string V1Json => File.ReadAllText(V1Path);
}
