using System.Text.Json;
using System.Text.Json.Nodes;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Features.Drafting.Flow;

/// <summary>
/// The answers one page holds, as JSON: the values at the page's paths (<see cref="FlowPages.Step.Paths"/>, such as
/// <c>applicant</c> or <c>project.title</c>). Used to tell whether another tab changed this page's answers or only
/// others, and to put one tab's answers for this page onto the newer draft.
/// </summary>
public static class DraftSections
{
    /// <summary>This page's answers only: { path: value } for each of its paths (null where unanswered).</summary>
    public static JsonObject Extract(ApplicationForm form, IReadOnlyList<string> paths)
    {
        var root = JsonSerializer.SerializeToNode(form, EventSerializer.Options)!.AsObject();
        var section = new JsonObject();
        foreach (var path in paths)
            section[path] = At(root, path)?.DeepClone();
        return section;
    }

    /// <summary>
    /// Whether the page's answers are the same in both forms. Unanswered and empty compare equal: saving another page
    /// of a section that was never answered writes its lists as [] (the title page saving <c>project.subjectFocus</c>
    /// as []), which is no change to this page's answers.
    /// </summary>
    public static bool Same(ApplicationForm a, ApplicationForm b, IReadOnlyList<string> paths) =>
        JsonNode.DeepEquals(Blank(Extract(a, paths)), Blank(Extract(b, paths)));

    /// <summary>The node with empty arrays, and objects holding nothing but blanks, made null.</summary>
    private static JsonNode? Blank(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return array.Count == 0 ? null : new JsonArray([.. array.Select(e => e?.DeepClone())]);
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                    copy[key] = Blank(value);
                return copy.All(m => m.Value is null) ? null : copy;
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>
    /// <paramref name="form"/> with this page's answers taken from <paramref name="section"/> (as made by
    /// <see cref="Extract"/>). Only the page's own paths are read from it, so a tampered section cannot reach
    /// other answers; the result is validated like any other save. Throws <see cref="JsonException"/> when the
    /// section does not fit the form.
    /// </summary>
    public static ApplicationForm Replace(ApplicationForm form, JsonObject section, IReadOnlyList<string> paths)
    {
        var root = JsonSerializer.SerializeToNode(form, EventSerializer.Options)!.AsObject();
        foreach (var path in paths)
        {
            var parts = path.Split('.');
            var parent = root;
            foreach (var part in parts[..^1])
            {
                if (parent[part] is not JsonObject next)
                    parent[part] = next = new JsonObject();
                parent = next;
            }
            parent[parts[^1]] = section.TryGetPropertyValue(path, out var value) ? value?.DeepClone() : null;
        }
        return root.Deserialize<ApplicationForm>(EventSerializer.Options) ?? throw new JsonException("The answers are empty.");
    }

    private static JsonNode? At(JsonObject root, string path)
    {
        JsonNode? node = root;
        foreach (var part in path.Split('.'))
            node = (node as JsonObject)?[part];
        return node;
    }
}
