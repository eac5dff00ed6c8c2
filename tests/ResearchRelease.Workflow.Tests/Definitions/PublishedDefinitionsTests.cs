using System.Security.Cryptography;
using System.Text;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Definitions;

/// <summary>
/// Published definition versions never change: instances in flight are pinned to them. To change
/// the process, add research-release.v{n+1}.json and its fingerprint here; never edit a listed file.
/// </summary>
public sealed class PublishedDefinitionsTests
{
    private static readonly Dictionary<string, string> Published = new(StringComparer.Ordinal)
    {
        ["research-release.v1.json"] = "1635f5b52d69d5b9ad97953f4be3665c8d6d25cd2ff4b21893a425c73edfbaa2",
        ["research-release.v2.json"] = "4dfff8233d96bb245bf36138eae6a104d28e69e3e013a1e0cddb1c480f4c2a81",
        ["standing-share-review.v1.json"] = "ac24841fbf80c2880e5a8558c146b51ce64a71a7b1e2d4d0f63be3f92be83631",
    };

    [Fact]
    public void Every_definition_file_is_published_here_and_unchanged()
    {
        var files = Directory.GetFiles(DefinitionFiles.Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(Published.Keys.Order(StringComparer.Ordinal), files);
        Assert.All(Published, pair =>
            Assert.True(
                pair.Value == Fingerprint(Path.Combine(DefinitionFiles.Folder, pair.Key)),
                $"{pair.Key} has changed since it was published. Published versions never change: add a new version instead."
            )
        );
    }

    /// <summary>SHA-256 of the text with LF line ends, so a CRLF checkout does not count as a change.</summary>
    private static string Fingerprint(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
