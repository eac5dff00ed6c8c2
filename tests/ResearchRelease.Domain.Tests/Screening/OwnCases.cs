using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// Loads <c>Cases/own-screening-cases.json</c>: a base application and cases that each change some answers
/// (objects merge, arrays and values replace) with the outcomes a careful official would reach.
/// </summary>
public static class OwnCases
{
    private static readonly Lazy<(DateOnly SubmittedOn, IReadOnlyList<ScreeningCase> Cases)> Loaded = new(Load);

    public static IReadOnlyList<ScreeningCase> Cases => Loaded.Value.Cases;

    public static DateOnly SubmittedOn => Loaded.Value.SubmittedOn;

    public static ScreeningCase Case(string id) => Cases.Single(c => c.Id == id);

    private static (DateOnly, IReadOnlyList<ScreeningCase>) Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Screening", "Cases", "own-screening-cases.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var baseForm = root["base"]!.AsObject();
        var cases = new List<ScreeningCase>();
        foreach (var node in root["cases"]!.AsArray())
        {
            var application = (JsonObject)baseForm.DeepClone();
            Merge(application, node!["changes"]!.AsObject());
            cases.Add(
                new ScreeningCase
                {
                    Id = node["id"]!.GetValue<string>(),
                    Note = node["note"]?.GetValue<string>(),
                    Application = application.Deserialize<ApplicationForm>(SharedExamples.Json)!,
                    Expected = node["expected"].Deserialize<Dictionary<string, ExpectedScreening>>(SharedExamples.Json)!,
                }
            );
        }

        var submitted = DateOnly.ParseExact(root["submittedOn"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (submitted, cases);
    }

    private static void Merge(JsonObject target, JsonObject changes)
    {
        foreach (var (key, value) in changes)
        {
            if (value is JsonObject child && target[key] is JsonObject existing)
            {
                Merge(existing, child);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
