namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>A test collection that xunit runs on its own, for tests that measure time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Timing
{
    public const string Name = "Timing";
}
