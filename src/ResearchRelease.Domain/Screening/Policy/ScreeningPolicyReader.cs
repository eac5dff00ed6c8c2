using System.Text.Json;
using System.Text.Json.Serialization;
using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Reads and validates a screening policy file. Every problem is reported at once, by the file's own field names,
/// so a bad policy stops the web app at start rather than screening an application wrongly.
/// </summary>
public static partial class ScreeningPolicyReader
{
    private const string ResourceName = "ResearchRelease.Domain.Screening.Policy.screening-policy.json";

    /// <summary>The policy file shipped with this build, as its raw text (for showing or hashing it).</summary>
    public static string EmbeddedText()
    {
        using var stream = typeof(ScreeningPolicyReader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The screening policy resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parses and validates a policy file.</summary>
    /// <exception cref="FormatException">The file is not valid JSON, or breaks a rule; the message lists every problem.</exception>
    public static ScreeningPolicy Parse(string json)
    {
        PolicyFile file;
        try
        {
            file = JsonSerializer.Deserialize(json, PolicyJson.Default.PolicyFile)
                ?? throw new FormatException("The screening policy file is empty.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"The screening policy file is not valid: {e.Message}", e);
        }

        var problems = Validate(file);
        if (problems.Count > 0)
        {
            throw new FormatException("The screening policy file is not valid: " + string.Join(" ", problems));
        }

        var s = file.Settings!;
        var d = file.Data!;
        return new ScreeningPolicy(
            file.Version!.Trim(),
            file.Retention!.LimitYears!.Value,
            file.Ethics?.PendingSeverity is null or FindingSeverities.Missing,
            Set(s.TrustedRoutes),
            Set(s.RoutesNeedingJudgement),
            Set(s.AcceptedCertifications),
            [.. s.HomeLocations!.Select(l => l.Trim().ToLowerInvariant())],
            [.. (s.AbroadLocations ?? []).Select(l => l.Trim().ToLowerInvariant())],
            [.. (s.LocationsNeedingJudgement ?? []).Select(l => l.Trim().ToLowerInvariant())],
            Set(d.SpecialCategoryItems),
            Set(d.HighlySensitiveItems),
            Set(d.AchievementItems)
        );
    }

    internal static ScreeningPolicy ReadEmbedded() => Parse(EmbeddedText());

    private static HashSet<string> Set(List<string>? values) =>
        (values ?? []).Select(v => v.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    private static List<string> Validate(PolicyFile f)
    {
        var problems = new List<string>();
        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }

        Check(!string.IsNullOrWhiteSpace(f.Version), "\"version\" is required.");
        Check(f.Retention?.LimitYears is >= 1 and <= 100, "\"retention.limitYears\" must be a whole number of years from 1 to 100.");
        Check(
            f.Ethics?.PendingSeverity is null or FindingSeverities.Missing or FindingSeverities.NeedsJudgement,
            "\"ethics.pendingSeverity\" must be \"missing\" or \"needs_judgement\"."
        );
        var s = f.Settings;
        Check(s is not null, "\"settings\" is required.");
        if (s is not null)
        {
            var trusted = Set(s.TrustedRoutes);
            var judged = Set(s.RoutesNeedingJudgement);
            foreach (var route in FormCodes.AccessRoutes)
            {
                Check(
                    trusted.Contains(route) ^ judged.Contains(route),
                    $"Access route \"{route}\" must be in exactly one of \"settings.trustedRoutes\" and \"settings.routesNeedingJudgement\"."
                );
            }

            foreach (var route in trusted.Concat(judged).Where(r => !FormCodes.AccessRoutes.Contains(r)))
            {
                problems.Add($"\"{route}\" is not an access route the form offers.");
            }

            var certifications = Set(s.AcceptedCertifications);
            Check(certifications.Count > 0, "\"settings.acceptedCertifications\" must name at least one certification.");
            foreach (var c in certifications.Where(c => c == "none" || !FormCodes.SecurityCertifications.Contains(c)))
            {
                problems.Add($"\"{c}\" is not a security certification the form offers.");
            }

            Check(
                s.HomeLocations?.Any(l => !string.IsNullOrWhiteSpace(l)) == true,
                "\"settings.homeLocations\" must name the UK at least once."
            );
            Check(
                new[] { s.HomeLocations, s.AbroadLocations, s.LocationsNeedingJudgement }.All(l =>
                    l?.All(n => !string.IsNullOrWhiteSpace(n)) != false
                ),
                "Location names must not be blank."
            );
        }

        var d = f.Data;
        Check(d is not null, "\"data\" is required.");
        Check(d?.AchievementItems is { Count: > 0 }, "\"data.achievementItems\" must name at least one attainment item.");
        foreach (var code in (d?.SpecialCategoryItems ?? []).Concat(d?.HighlySensitiveItems ?? []).Concat(d?.AchievementItems ?? []))
        {
            Check(
                !string.IsNullOrWhiteSpace(code)
                    && code.Trim().All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '_'),
                $"\"{code}\" is not a data item code (lower-case letters, digits and underscores)."
            );
        }

        return problems;
    }

    /// <summary>
    /// The file's shape compiled ahead of time: the web app reads the policy on the path to its first page, where building
    /// the serializer's metadata by reflection cost tens of milliseconds.
    /// </summary>
    [JsonSourceGenerationOptions(
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow
    )]
    [JsonSerializable(typeof(PolicyFile))]
    private sealed partial class PolicyJson : JsonSerializerContext;

    private sealed record PolicyFile(
        string? Version,
        string? Description,
        RetentionRules? Retention,
        EthicsRules? Ethics,
        SettingsRules? Settings,
        DataRules? Data
    );

    private sealed record RetentionRules(int? LimitYears);

    private sealed record EthicsRules(string? PendingSeverity);

    private sealed record SettingsRules(
        List<string>? TrustedRoutes,
        List<string>? RoutesNeedingJudgement,
        List<string>? AcceptedCertifications,
        List<string>? HomeLocations,
        List<string>? AbroadLocations,
        List<string>? LocationsNeedingJudgement
    );

    private sealed record DataRules(List<string>? SpecialCategoryItems, List<string>? HighlySensitiveItems, List<string>? AchievementItems);
}
