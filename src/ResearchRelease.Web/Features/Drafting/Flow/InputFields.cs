using System.Reflection;

namespace ResearchRelease.Web.Features.Drafting.Flow;

/// <summary>
/// Copies the answers one question page asked for from what was posted onto the stored answers, leaving every
/// other answer alone: each page binds only its own fields, so an unticked checkbox on one page empties that
/// list and nothing else.
/// </summary>
public static class InputFields
{
    public static void CopyOnto(ApplicationInput posted, ApplicationInput stored, IEnumerable<string> fields)
    {
        foreach (var name in fields)
        {
            var property = typeof(ApplicationInput).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"ApplicationInput has no property '{name}'.");
            property.SetValue(stored, property.GetValue(posted));
        }
    }
}
