using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResearchRelease.Workflow.Definitions;

/// <summary>Reads and validates every <c>*.json</c> definition in a folder.</summary>
public static class ProcessDefinitionLoader
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // A misspelt key ("transition", "advanceRound") must fail loudly, not be ignored.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
        RespectNullableAnnotations = true,
    };

    /// <exception cref="ProcessDefinitionException">Any file is unreadable or invalid; lists every problem.</exception>
    public static ProcessDefinitionSet LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ProcessDefinitionException($"definitions folder '{folder}' does not exist");
        }

        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new ProcessDefinitionException($"definitions folder '{folder}' holds no *.json file");
        }

        var errors = new List<string>();
        var definitions = new List<ProcessDefinition>();
        foreach (var file in files)
        {
            var definition = TryParse(File.ReadAllText(file), file, errors);
            if (definition is not null)
            {
                errors.AddRange(ProcessDefinitionValidator.Validate(definition));
                definitions.Add(definition);
            }
        }

        foreach (var duplicate in definitions.GroupBy(d => (d.Id, d.Version)).Where(g => g.Count() > 1))
        {
            var names = string.Join(", ", duplicate.Select(d => Path.GetFileName(d.SourceFile)));
            errors.Add($"{names}: define the same id '{duplicate.Key.Id}' and version {duplicate.Key.Version}");
        }

        if (errors.Count > 0)
        {
            throw new ProcessDefinitionException(errors);
        }

        return new ProcessDefinitionSet(definitions);
    }

    /// <summary>Parses and validates one definition.</summary>
    /// <exception cref="ProcessDefinitionException">The JSON is unreadable or the definition invalid.</exception>
    public static ProcessDefinition Parse(string json, string sourceFile)
    {
        var errors = new List<string>();
        var definition = TryParse(json, sourceFile, errors);
        if (definition is not null)
        {
            errors.AddRange(ProcessDefinitionValidator.Validate(definition));
        }

        return errors.Count == 0 && definition is not null ? definition : throw new ProcessDefinitionException(errors);
    }

    private static ProcessDefinition? TryParse(string json, string sourceFile, List<string> errors)
    {
        try
        {
            var definition = JsonSerializer.Deserialize<ProcessDefinition>(json, JsonOptions);
            if (definition is null)
            {
                errors.Add($"{Path.GetFileName(sourceFile)}: is empty");
                return null;
            }

            definition.SourceFile = sourceFile;
            var emptyNodes = definition.Nodes.Where(n => n.Value is null).Select(n => n.Key).ToList();
            foreach (var id in emptyNodes)
            {
                errors.Add($"{Path.GetFileName(sourceFile)}: node '{id}' is null");
            }

            return emptyNodes.Count == 0 ? definition : null;
        }
        catch (JsonException ex)
        {
            errors.Add($"{Path.GetFileName(sourceFile)}: not a valid definition: {ex.Message}");
            return null;
        }
    }
}
