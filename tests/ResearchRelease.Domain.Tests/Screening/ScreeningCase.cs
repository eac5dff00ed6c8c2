using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>One entry of <c>shared/examples/screening-cases.json</c>: an application and, per ruleset, what a careful official concludes.</summary>
public sealed record ScreeningCase
{
    public required string Id { get; init; }
    public string? Note { get; init; }
    public required ApplicationForm Application { get; init; }
    public required Dictionary<string, ExpectedScreening> Expected { get; init; }
}

/// <summary>Limb outcomes a case pins (null when the case leaves them open) and the acceptable overall outcomes.</summary>
public sealed record ExpectedScreening
{
    public string? Purpose { get; init; }
    public string? Necessity { get; init; }
    public string? Conditions { get; init; }
    public required List<string> Overall { get; init; }
}
