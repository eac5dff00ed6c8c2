using System.Text.Json;
using System.Text.Json.Nodes;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Features.Drafting.Flow;

/// <summary>
/// A task list section's status, worked out from the answers rather than ticked by hand: not started while none of
/// its answers is given, completed once the screening's completeness check misses nothing in it.
/// </summary>
public static class SectionStatuses
{
    public const string NotStarted = "Not started";
    public const string InProgress = "In progress";
    public const string Completed = "Completed";

    public const string Optional = "Optional";

    public static string For(FlowPages.Section section, ApplicationForm form, CompletenessResult completeness) =>
        Of(section.Steps, section.Key == "data", form, completeness);

    /// <summary>One task's status (the GOV.UK task list gives every task its own): the same rule over its answers only.</summary>
    public static string For(FlowPages.Step step, ApplicationForm form, CompletenessResult completeness) =>
        Of([step], step.Url.StartsWith("data-items", StringComparison.Ordinal), form, completeness);

    private static string Of(
        IReadOnlyList<FlowPages.Step> steps,
        bool holdsDataItems,
        ApplicationForm form,
        CompletenessResult completeness
    )
    {
        var answered = Answered(form);
        if (!answered.Any(a => steps.Any(s => FlowPages.Holds(s, a))))
            return NotStarted;
        var missing = completeness.MissingPaths.Any(p => steps.Any(s => FlowPages.Holds(s, p)));
        var incompleteItems =
            holdsDataItems
            && (form.DataItems ?? []).Any(i => string.IsNullOrWhiteSpace(i.Justification) || (i.ResearchQuestions?.Count ?? 0) == 0);
        return missing || incompleteItems ? InProgress : Completed;
    }

    /// <summary>The JSON path of every answer that is given (not null, not empty), as the screening spells paths.</summary>
    public static IReadOnlyList<string> Answered(ApplicationForm form)
    {
        var node = JsonSerializer.SerializeToNode(form, EventSerializer.Options);
        var paths = new List<string>();
        Walk(node, "", paths);
        return paths;
    }

    private static void Walk(JsonNode? node, string path, List<string> paths)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                    Walk(value, path.Length == 0 ? key : $"{path}.{key}", paths);
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    Walk(a[i], $"{path}[{i}]", paths);
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>()):
                break;
            case JsonValue v
                when v.GetValueKind() == JsonValueKind.False && path.EndsWith("accreditedResearcher", StringComparison.Ordinal):
                break;
            case JsonValue:
                paths.Add(path);
                break;
        }
    }
}
