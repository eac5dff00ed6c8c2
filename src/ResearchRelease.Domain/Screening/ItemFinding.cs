namespace ResearchRelease.Domain.Screening;

/// <summary>One data minimisation finding about one requested item, with the answers it rests on.</summary>
internal sealed record ItemFinding(Severity Severity, string Text, string[] Paths)
{
    public string Cited => LimbBuilder.Cite(Text, Paths);
}
