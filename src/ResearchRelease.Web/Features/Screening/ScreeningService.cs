using Microsoft.Extensions.Options;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Catalogue;

namespace ResearchRelease.Web.Features.Screening;

public sealed class ScreeningOptions
{
    public const string Section = "Screening";

    /// <summary>
    /// When the 2013 amendment to the Prescribed Persons regulations took effect. Configuration, not code:
    /// the exact commencement date has not been checked against the statute (docs/domain.md).
    /// </summary>
    public DateOnly AmendmentCommencement { get; set; } = new(2013, 9, 1);

    /// <summary>
    /// A screening policy file to use instead of the one built into the domain (for trying a new version before it is
    /// built in). Empty: the built-in file. Either way it is read and validated once, at start.
    /// </summary>
    public string? PolicyFile { get; set; }
}

/// <summary>
/// Runs the pure regulation test with the configured commencement date, the maintained catalogue and the screening
/// policy validated at start. Every result names the wording and the policy version it used.
/// </summary>
public sealed class ScreeningService(IOptions<ScreeningOptions> options, CatalogueCache catalogue, ScreeningPolicy policy)
{
    /// <summary>The catalogue as compliance maintains it in the database.</summary>
    public DataItemCatalogue Catalogue => catalogue.Current;

    /// <summary>The screening policy in force.</summary>
    public ScreeningPolicy Policy => policy;

    public Ruleset RulesetFor(DateOnly submittedOn) => RulesetSelector.For(submittedOn, options.Value.AmendmentCommencement);

    /// <summary>Screens under the wording in force on the submission date; the retention limit runs from that date.</summary>
    public ScreeningResult Screen(ApplicationForm form, DateOnly submittedOn) =>
        RegulationTest.Screen(form, RulesetFor(submittedOn), Catalogue, policy, submittedOn);

    /// <summary>Screens under a chosen wording; with a submission date, the retention limit runs from it.</summary>
    public ScreeningResult Screen(ApplicationForm form, Ruleset ruleset, DateOnly? submittedOn = null) =>
        RegulationTest.Screen(form, ruleset, Catalogue, policy, submittedOn);

    /// <summary>
    /// The policy the app will screen with: the configured file, or the one built into the domain. Read and validated
    /// at start, so a bad policy stops the app with the file's problems listed rather than screening wrongly.
    /// </summary>
    public static ScreeningPolicy LoadPolicy(ScreeningOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.PolicyFile))
            return ScreeningPolicy.Default;
        var path = Path.IsPathRooted(options.PolicyFile) ? options.PolicyFile : Path.Combine(contentRoot, options.PolicyFile);
        try
        {
            return ScreeningPolicyReader.Parse(File.ReadAllText(path));
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"Screening:PolicyFile {path}: {e.Message}", e);
        }
    }
}
