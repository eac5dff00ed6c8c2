namespace ResearchRelease.Domain.Screening;

/// <summary>
/// The part of the test a finding belongs to: one of the two limbs of the regulations, DfE's conditions, or one of
/// the Five Safes (safe people, projects, settings, data, outputs).
/// </summary>
public static class ScreeningParts
{
    public const string Purpose = "purpose";
    public const string Necessity = "necessity";
    public const string Conditions = "conditions";
    public const string SafePeople = "safe_people";
    public const string SafeProjects = "safe_projects";
    public const string SafeSettings = "safe_settings";
    public const string SafeData = "safe_data";
    public const string SafeOutputs = "safe_outputs";

    public static IReadOnlyList<string> All { get; } =
    [Purpose, Necessity, Conditions, SafePeople, SafeProjects, SafeSettings, SafeData, SafeOutputs];

    /// <summary>How a page or letter names the part.</summary>
    public static string DisplayName(string part) =>
        part switch
        {
            Purpose => "Purpose (first limb of the regulation test)",
            Necessity => "Necessity (second limb of the regulation test)",
            Conditions => "The Department's conditions",
            SafePeople => "Safe people",
            SafeProjects => "Safe projects",
            SafeSettings => "Safe settings",
            SafeData => "Safe data",
            SafeOutputs => "Safe outputs",
            _ => "Other",
        };
}
