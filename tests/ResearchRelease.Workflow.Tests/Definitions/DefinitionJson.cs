using System.Text.Json.Nodes;
using ResearchRelease.Workflow.Definitions;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Definitions;

/// <summary>Variants of the published v1 definition, for validator tests.</summary>
internal static class DefinitionJson
{
    public const string FileName = "research-release.v1.json";

    public static JsonObject V1() => JsonNode.Parse(DefinitionFiles.V1Json)!.AsObject();

    public static JsonObject Node(this JsonObject definition, string id) => definition["nodes"]![id]!.AsObject();

    /// <summary>The validation errors of the variant, or none when it is valid.</summary>
    public static IReadOnlyList<string> Errors(JsonObject definition, string fileName = FileName)
    {
        try
        {
            ProcessDefinitionLoader.Parse(definition.ToJsonString(), Path.Combine("workflows", fileName));
            return [];
        }
        catch (ProcessDefinitionException ex)
        {
            return ex.Errors;
        }
    }
}
