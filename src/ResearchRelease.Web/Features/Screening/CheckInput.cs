namespace ResearchRelease.Web.Features.Screening;

/// <summary>The answers to the short "Check if you can apply" questionnaire. Nothing here is stored.</summary>
public sealed class CheckInput
{
    public string? OrganisationType { get; set; }
    public string? Activity { get; set; }
    public List<string> SubjectFocus { get; set; } = [];

    /// <summary>"yes" or "no".</summary>
    public string? DecisionsAboutIndividuals { get; set; }

    /// <summary>"yes" or "no".</summary>
    public string? OutputsIdentify { get; set; }
    public string? DisclosureControl { get; set; }
    public string? PublicBenefit { get; set; }
    public string? WhyAggregateIsNotEnough { get; set; }
    public List<string> DataKinds { get; set; } = [];
}
