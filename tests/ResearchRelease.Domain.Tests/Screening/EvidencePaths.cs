using System.Text.Json;
using System.Text.Json.Nodes;
using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>Checks that a cited JSON path names a real answer of the application it was screened from.</summary>
public static class EvidencePaths
{
    /// <summary>
    /// True when every step of the path exists. A step into a section the applicant left out (null) counts as
    /// found, since the path still names the question; a misspelt property or an index past the end does not.
    /// </summary>
    public static bool Resolves(ApplicationForm form, string path)
    {
        JsonNode? node = JsonSerializer.SerializeToNode(form, SharedExamples.Json);
        foreach (var step in path.Split('.'))
        {
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? step : step[..bracket];
            if (node is null)
            {
                return true;
            }

            if (node is not JsonObject obj || !obj.TryGetPropertyValue(name, out node))
            {
                return false;
            }

            if (bracket >= 0)
            {
                var index = int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
                if (node is null)
                {
                    return true;
                }

                if (node is not JsonArray array || index >= array.Count)
                {
                    return false;
                }

                node = array[index];
            }
        }

        return true;
    }
}
