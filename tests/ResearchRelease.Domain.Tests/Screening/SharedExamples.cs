using System.Text.Json;
using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// Loads <c>shared/examples/screening-cases.json</c>. The repository and <c>shared/</c> are siblings on every
/// developer machine and in CI, so the folder is found by walking up from the test binaries.
/// </summary>
public static class SharedExamples
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The submission date the examples are screened as of: the retention limit runs from it. Fixed, so that the
    /// examples do not change verdict as the calendar moves.
    /// </summary>
    public static readonly DateOnly SubmittedOn = new(2026, 12, 1);

    private static readonly Lazy<IReadOnlyList<ScreeningCase>> Loaded = new(Load);

    public static IReadOnlyList<ScreeningCase> Cases => Loaded.Value;

    public static ScreeningCase Case(string id) => Cases.Single(c => c.Id == id);

    public static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "examples");
            if (Directory.Exists(candidate))
            {
                return Path.Combine(dir.FullName, "shared");
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/examples folder above {AppContext.BaseDirectory}: shared/ must sit beside the repository."
        );
    }

    /// <summary>A deep copy, so a test can change a case without touching the shared one.</summary>
    public static ApplicationForm Copy(ApplicationForm form) =>
        JsonSerializer.Deserialize<ApplicationForm>(JsonSerializer.Serialize(form, Json), Json)!;

    private static List<ScreeningCase> Load()
    {
        var path = Path.Combine(SharedFolder(), "examples", "screening-cases.json");
        var cases = JsonSerializer.Deserialize<List<ScreeningCase>>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} holds no cases.");
        return cases;
    }
}
