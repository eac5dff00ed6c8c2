using ResearchRelease.Workflow.Definitions;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Definitions;

public sealed class ProcessDefinitionLoaderTests
{
    [Fact]
    public void The_repository_folder_loads_both_versions_with_v2_the_latest()
    {
        var set = ProcessDefinitionLoader.LoadFolder(DefinitionFiles.Folder);

        var v1 = set.Find("research-release", 1);
        var v2 = set.Find("research-release", 2);
        Assert.NotNull(v1);
        Assert.NotNull(v2);
        Assert.Same(v2, set.Latest("research-release"));
        Assert.All([v1, v2], v => Assert.Equal("screen", v.Start));
        Assert.All(v1.Nodes.Values.Concat(v2.Nodes.Values), node => Assert.False(string.IsNullOrWhiteSpace(node.Description)));
        Assert.All(v2.Nodes.Values.SelectMany(n => n.Timers ?? []), timer => Assert.False(string.IsNullOrWhiteSpace(timer.Description)));
    }

    [Fact]
    public void A_later_version_becomes_the_latest_and_both_stay_loaded()
    {
        using var folder = new TempFolder();
        File.Copy(DefinitionFiles.V1Path, Path.Combine(folder.Path, "research-release.v1.json"));
        var v2 = DefinitionJson.V1();
        v2["version"] = 2;
        File.WriteAllText(Path.Combine(folder.Path, "research-release.v2.json"), v2.ToJsonString());

        var set = ProcessDefinitionLoader.LoadFolder(folder.Path);

        Assert.Equal([1, 2], set.All.Select(d => d.Version).Order());
        Assert.Equal(2, set.Latest("research-release")!.Version);
    }

    [Fact]
    public void Two_files_with_the_same_id_and_version_are_refused()
    {
        using var folder = new TempFolder();
        File.Copy(DefinitionFiles.V1Path, Path.Combine(folder.Path, "research-release.v1.json"));
        File.Copy(DefinitionFiles.V1Path, Path.Combine(folder.Path, "copy.json"));

        var ex = Assert.Throws<ProcessDefinitionException>(() => ProcessDefinitionLoader.LoadFolder(folder.Path));

        Assert.Contains("copy.json, research-release.v1.json: define the same id 'research-release' and version 1", ex.Errors);
    }

    [Fact]
    public void A_missing_or_empty_folder_is_refused()
    {
        using var folder = new TempFolder();

        Assert.Throws<ProcessDefinitionException>(() => ProcessDefinitionLoader.LoadFolder(folder.Path));
        Assert.Throws<ProcessDefinitionException>(() => ProcessDefinitionLoader.LoadFolder(Path.Combine(folder.Path, "absent")));
    }

    [Fact]
    public void Invalid_json_names_the_file()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "broken.v1.json"), "{ \"id\": ");

        var ex = Assert.Throws<ProcessDefinitionException>(() => ProcessDefinitionLoader.LoadFolder(folder.Path));

        Assert.StartsWith("broken.v1.json: not a valid definition", Assert.Single(ex.Errors), StringComparison.Ordinal);
    }
}
