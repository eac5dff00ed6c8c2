namespace ResearchRelease.Web.Tests.Agreement;

/// <summary>A command the agreement test can take, and which statuses allow it (the same whitelist the domain keeps).</summary>
public sealed record Step(string Name, params string[] From)
{
    public static readonly IReadOnlyList<Step> All =
    [
        new("submit", "Draft", "ReturnedForChanges", "ReturnedToResearcher"),
        new("withdraw", "Draft", "AwaitingDecision", "ReturnedForChanges", "ReturnedToResearcher"),
        new("approve", "AwaitingDecision"),
        new("refuse", "AwaitingDecision"),
        new("return", "AwaitingDecision"),
        new("request-extension", "Approved"),
        new("approve-extension", "ExtensionAwaitingDecision"),
        new("refuse-extension", "ExtensionAwaitingDecision"),
        new("correct-letter", "Approved", "Refused"),
        new("expire", "Approved", "ExtensionAwaitingDecision"),
        new("confirm-destruction", "Expired"),
    ];

    public static IReadOnlyList<Step> AllowedFrom(string status) => All.Where(s => s.From.Contains(status)).ToList();

    public override string ToString() => Name;
}
