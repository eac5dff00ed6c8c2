namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>The two providers' harness runs one after the other: each starts and kills a process many times, on two cores.</summary>
[CollectionDefinition(Name)]
public sealed class CrashHarnessCollection
{
    public const string Name = "crash harness";
}
