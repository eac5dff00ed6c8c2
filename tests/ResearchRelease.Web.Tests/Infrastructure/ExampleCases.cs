using System.Text.Json;
using System.Text.Json.Nodes;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>The shared example applications (<c>../shared/examples/screening-cases.json</c>, beside the repository).</summary>
public static class ExampleCases
{
    private static readonly Lazy<JsonArray> Cases = new(() => JsonNode.Parse(File.ReadAllText(Locate()))!.AsArray());

    public static IEnumerable<string> Ids => Cases.Value.Select(c => c!["id"]!.GetValue<string>());

    /// <summary>The case's <c>application</c> object, exactly as the file has it.</summary>
    public static string ApplicationJson(string id) =>
        Cases.Value.Single(c => c!["id"]!.GetValue<string>() == id)!["application"]!.ToJsonString();

    public static JsonNode Expected(string id) => Cases.Value.Single(c => c!["id"]!.GetValue<string>() == id)!["expected"]!;

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "examples", "screening-cases.json");
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException("shared/examples/screening-cases.json was not found above " + AppContext.BaseDirectory);
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
