using System.ComponentModel.DataAnnotations;

namespace ResearchRelease.Web.Features.StandingShares;

public sealed class StandingShareOptions
{
    public const string Section = "StandingShares";

    /// <summary>Development only: seed the standing shares DfE's privacy notice names, when there are none.</summary>
    public bool SeedExamples { get; set; }
}
