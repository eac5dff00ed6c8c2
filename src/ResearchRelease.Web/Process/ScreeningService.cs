using Microsoft.Extensions.Options;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Catalogue;

namespace ResearchRelease.Web.Process;

public sealed class ScreeningOptions
{
    public const string Section = "Screening";

    /// <summary>
    /// When the 2013 amendment to the Prescribed Persons regulations took effect. Configuration, not code:
    /// the exact commencement date has not been checked against the statute (domain.md).
    /// </summary>
    public DateOnly AmendmentCommencement { get; set; } = new(2013, 9, 1);
}

/// <summary>Runs the pure regulation test with the configured commencement date and the maintained catalogue.</summary>
public sealed class ScreeningService(IOptions<ScreeningOptions> options, CatalogueCache catalogue)
{
    /// <summary>The catalogue as compliance maintains it in the database.</summary>
    public DataItemCatalogue Catalogue => catalogue.Current;

    public Ruleset RulesetFor(DateOnly submittedOn) => RulesetSelector.For(submittedOn, options.Value.AmendmentCommencement);

    public ScreeningResult Screen(ApplicationForm form, DateOnly submittedOn) => RegulationTest.Screen(form, RulesetFor(submittedOn), Catalogue);

    public ScreeningResult Screen(ApplicationForm form, Ruleset ruleset) => RegulationTest.Screen(form, ruleset, Catalogue);
}
