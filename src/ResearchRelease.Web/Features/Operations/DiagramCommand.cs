using ResearchRelease.Workflow.Definitions;

namespace ResearchRelease.Web.Features.Operations;

/// <summary>
/// <c>dotnet run --project src/ResearchRelease.Web -- diagram [workflows-folder]</c>: regenerates the Mermaid diagrams in
/// workflows/README.md from the definition files beside it, so the picture is never drawn by hand. Without a folder it
/// looks for <c>workflows/</c> in the current directory and its parents (the repository root when run as above).
/// Exit codes: 0 written or already up to date, 2 no folder or an invalid definition.
/// </summary>
public static class DiagramCommand
{
    public const string Name = "diagram";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var folder = args.Length > 1 ? Path.GetFullPath(args[1]) : FindWorkflowsFolder(Directory.GetCurrentDirectory());
        var readme = folder is null ? null : Path.Combine(folder, "README.md");
        if (folder is null || !File.Exists(readme))
        {
            await output.WriteLineAsync("diagram: no workflows/README.md here or above; pass the workflows folder as an argument.");
            return 2;
        }

        ProcessDefinitionSet definitions;
        try
        {
            definitions = ProcessDefinitionLoader.LoadFolder(folder);
        }
        catch (ProcessDefinitionException ex)
        {
            await output.WriteLineAsync($"diagram: {ex.Message}");
            return 2;
        }

        var before = await File.ReadAllTextAsync(readme!);
        var after = WorkflowsReadme.Regenerate(before, definitions.All);
        if (after == before.ReplaceLineEndings("\n"))
        {
            await output.WriteLineAsync($"diagram: {readme} is up to date ({definitions.All.Count} definition versions).");
            return 0;
        }

        await File.WriteAllTextAsync(readme!, after);
        await output.WriteLineAsync($"diagram: rewrote the diagrams in {readme} ({definitions.All.Count} definition versions).");
        return 0;
    }

    private static string? FindWorkflowsFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "workflows");
            if (File.Exists(Path.Combine(candidate, "README.md")))
                return candidate;
        }
        return null;
    }
}
