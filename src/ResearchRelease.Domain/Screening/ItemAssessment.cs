using ResearchRelease.Domain.Catalogue;

namespace ResearchRelease.Domain.Screening;

/// <summary>The data minimisation findings for one requested item; its outcome is its worst finding.</summary>
internal sealed record ItemAssessment(ItemView Item, IReadOnlyList<ItemFinding> Findings)
{
    public Severity Worst => Findings.Count == 0 ? Severity.Met : Findings.Max(f => f.Severity);

    public string Outcome => Worst.ToOutcome();

    public DataItemScreening ToResult() =>
        new()
        {
            Item = Item.Code,
            Name = Item.Definition?.Name,
            Tier = Item.Definition?.Tier.DisplayName(),
            Outcome = Outcome,
            Findings = Findings.Where(f => f.Severity > Severity.Met).Select(f => f.Sentence).ToList(),
        };
}
