namespace ResearchRelease.Workflow.Definitions;

/// <summary>A signal the web app sends through <see cref="IReleaseProcess.SignalAsync"/>.</summary>
public sealed class SignalDeclaration
{
    public string? Description { get; init; }

    /// <summary>
    /// The payloads the signal may carry. Empty when the payload is ignored, in which case every
    /// node waiting for it must use <see cref="ProcessNode.Next"/>.
    /// </summary>
    public IReadOnlyList<string> Payloads { get; init; } = [];
}
