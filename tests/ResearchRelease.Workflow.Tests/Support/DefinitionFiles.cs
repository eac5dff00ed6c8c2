namespace ResearchRelease.Workflow.Tests.Support;

/// <summary>The repository's workflows/ folder, copied next to the test assembly.</summary>
internal static class DefinitionFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "workflows");

    public static string V1Path => Path.Combine(Folder, "research-release.v1.json");

    public static string V1Json => File.ReadAllText(V1Path);

    public static string V2Path => Path.Combine(Folder, "research-release.v2.json");

    public static string V2Json => File.ReadAllText(V2Path);

    private static readonly Lazy<string> V1OnlyFolderOnce = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "workflows-v1-only");
        Directory.CreateDirectory(folder);
        File.Copy(V1Path, Path.Combine(folder, "research-release.v1.json"), overwrite: true);
        return folder;
    });

    /// <summary>
    /// A folder holding version 1 alone: the scenarios written for it (and the deployment before
    /// version 2 was published) run on it.
    /// </summary>
    public static string V1OnlyFolder => V1OnlyFolderOnce.Value;
}
