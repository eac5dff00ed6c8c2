namespace ResearchRelease.Domain.Screening;

/// <summary>
/// One version of the regulation test: the researcher category of The Education (Individual Pupil Information)
/// (Prescribed Persons) (England) Regulations 2009 (SI 2009/1563), as made or as amended in 2013. Each result
/// records the version it applied (<see cref="ScreeningResult.Ruleset"/>), so a version's meaning never
/// changes once published. The category is cited by its words rather than a paragraph number, which has not
/// been checked against the statute. Limb 2 (necessity) reads the same in both; limb 1 (purpose) differs.
/// </summary>
public sealed class Ruleset
{
    private Ruleset(string version, string title, string wording, string purposeLimb, string necessityLimb, IPurposeTest purposeTest)
    {
        Version = version;
        Title = title;
        Wording = wording;
        PurposeLimb = purposeLimb;
        NecessityLimb = necessityLimb;
        PurposeTest = purposeTest;
    }

    /// <summary>SI 2009/1563 as made (in force 1 September 2009).</summary>
    public static Ruleset Wording2009 { get; } =
        new(
            "2009",
            "The Education (Individual Pupil Information) (Prescribed Persons) (England) Regulations 2009, as made",
            "persons conducting research into the educational achievements of pupils and who require individual pupil information for that purpose",
            "conducting research into the educational achievements of pupils",
            "require individual pupil information for that purpose",
            new PurposeTest2009()
        );

    /// <summary>SI 2009/1563 as amended in 2013; the commencement date is configuration (see <see cref="RulesetSelector"/>).</summary>
    public static Ruleset Wording2013 { get; } =
        new(
            "2013",
            "The Education (Individual Pupil Information) (Prescribed Persons) (England) Regulations 2009, as amended in 2013",
            "persons who, for the purpose of promoting the education or well-being of children in England, are conducting research or analysis, producing statistics, or providing information, advice or guidance, and who require individual pupil information for that purpose",
            "for the purpose of promoting the education or well-being of children in England, conducting research or analysis, producing statistics, or providing information, advice or guidance",
            "require individual pupil information for that purpose",
            new PurposeTest2013()
        );

    public static IReadOnlyList<Ruleset> All { get; } = [Wording2009, Wording2013];

    /// <summary>"2009" or "2013", as recorded in <see cref="ScreeningResult.Ruleset"/>.</summary>
    public string Version { get; }

    public string Title { get; }

    /// <summary>The whole category of prescribed persons, in the regulations' words.</summary>
    public string Wording { get; }

    /// <summary>Limb 1 (purpose), in the regulations' words.</summary>
    public string PurposeLimb { get; }

    /// <summary>Limb 2 (necessity), in the regulations' words.</summary>
    public string NecessityLimb { get; }

    internal IPurposeTest PurposeTest { get; }

    /// <summary>The ruleset a stored result names, so an old decision can be re-read with the test it applied.</summary>
    public static Ruleset FromVersion(string version) =>
        All.FirstOrDefault(r => r.Version == version?.Trim())
        ?? throw new ArgumentException(
            $"There is no ruleset '{version}'. Known: {string.Join(", ", All.Select(r => r.Version))}.",
            nameof(version)
        );

    public override string ToString() => Version;
}
