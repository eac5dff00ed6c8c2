using System.ComponentModel.DataAnnotations;

namespace ResearchRelease.Web.Features.StandingShares;

public sealed class StandingShareOptions
{
    public const string Section = "StandingShares";

    /// <summary>How often review reminders and overdue flags that have fallen due are recorded.</summary>
    [Range(0.05, 1440)]
    public double SweepMinutes { get; set; } = 60;

    /// <summary>Development only: seed the standing shares DfE's privacy notice names, when there are none.</summary>
    public bool SeedExamples { get; set; }
}
