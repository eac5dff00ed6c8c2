namespace ResearchRelease.Domain.Screening;

/// <summary>
/// The thresholds and lists the screening applies (docs/screening.md, principle 9: thresholds are policy,
/// not code). One versioned file, <c>Screening/Policy/screening-policy.json</c>, embedded in this assembly; every
/// result names the <see cref="Version"/> it used, so a change of policy is visible and can be replayed against past
/// decisions. Built only through <see cref="ScreeningPolicyReader"/>, which refuses an invalid file.
/// </summary>
public sealed class ScreeningPolicy
{
    private static readonly Lazy<ScreeningPolicy> Embedded = new(ScreeningPolicyReader.ReadEmbedded);

    internal ScreeningPolicy(
        string version,
        int retentionLimitYears,
        bool ethicsPendingIsMissing,
        IReadOnlySet<string> trustedRoutes,
        IReadOnlySet<string> routesNeedingJudgement,
        IReadOnlySet<string> acceptedCertifications,
        IReadOnlyList<string> homeLocations,
        IReadOnlyList<string> abroadLocations,
        IReadOnlyList<string> locationsNeedingJudgement,
        IReadOnlySet<string> specialCategoryItems,
        IReadOnlySet<string> highlySensitiveItems,
        IReadOnlySet<string> achievementItems
    )
    {
        AchievementItems = achievementItems;
        Version = version;
        RetentionLimitYears = retentionLimitYears;
        EthicsPendingIsMissing = ethicsPendingIsMissing;
        TrustedRoutes = trustedRoutes;
        RoutesNeedingJudgement = routesNeedingJudgement;
        AcceptedCertifications = acceptedCertifications;
        HomeLocations = homeLocations;
        AbroadLocations = abroadLocations;
        LocationsNeedingJudgement = locationsNeedingJudgement;
        SpecialCategoryItems = specialCategoryItems;
        HighlySensitiveItems = highlySensitiveItems;
        Home = new Phrases([.. homeLocations]);
        Borderline = new Phrases([.. locationsNeedingJudgement]);
        Abroad = new Phrases([.. abroadLocations]);
    }

    /// <summary>The policy file shipped with this build.</summary>
    public static ScreeningPolicy Default => Embedded.Value;

    /// <summary>Recorded in every <see cref="ScreeningResult.PolicyVersion"/>.</summary>
    public string Version { get; }

    /// <summary>Principle 7: a retention date more than this many years after submission needs judgement.</summary>
    public int RetentionLimitYears { get; }

    /// <summary>Principle 8: pending ethics approval returns the application (true) or goes to judgement (false).</summary>
    public bool EthicsPendingIsMissing { get; }

    /// <summary>Principle 5: access routes that are accredited trusted research environments (the default).</summary>
    public IReadOnlySet<string> TrustedRoutes { get; }

    /// <summary>Principle 5: routes that are an exception needing judgement (direct transfer).</summary>
    public IReadOnlySet<string> RoutesNeedingJudgement { get; }

    /// <summary>Principle 5: certifications that make a direct transfer arguable (ISO 27001, Cyber Essentials Plus).</summary>
    public IReadOnlySet<string> AcceptedCertifications { get; }

    /// <summary>Names that mean the UK; processing anywhere else is an international transfer.</summary>
    public IReadOnlyList<string> HomeLocations { get; }

    /// <summary>
    /// Names that plainly mean outside the UK (not a complete list: an answer naming neither a home nor an abroad
    /// location is unclear and goes to judgement). Checked before <see cref="HomeLocations"/>, so "New York" is abroad.
    /// </summary>
    public IReadOnlyList<string> AbroadLocations { get; }

    /// <summary>Places that are not plainly the UK nor plainly abroad (Crown Dependencies): judgement, never "not met".</summary>
    public IReadOnlyList<string> LocationsNeedingJudgement { get; }

    /// <summary>Principle 6: catalogue codes that are UK GDPR Article 9 special category data, beyond the catalogue's own marking.</summary>
    public IReadOnlySet<string> SpecialCategoryItems { get; }

    /// <summary>Principle 6: catalogue codes that always go to judgement, beyond the catalogue's highly sensitive tier.</summary>
    public IReadOnlySet<string> HighlySensitiveItems { get; }

    /// <summary>
    /// Limb 1 (2009 wording): catalogue codes that are measures of attainment. With a factor behind achievement as the
    /// subject (attendance, exclusions, special needs) they show research into achievement; without any, a health or
    /// well-being subject is not.
    /// </summary>
    public IReadOnlySet<string> AchievementItems { get; }

    internal Phrases Home { get; }

    internal Phrases Borderline { get; }

    internal Phrases Abroad { get; }

    public override string ToString() => Version;
}
