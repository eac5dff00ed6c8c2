namespace ResearchRelease.Workflow.Definitions;

/// <summary>The values of <see cref="ProcessNode.Type"/>.</summary>
public static class ProcessNodeTypes
{
    /// <summary>Runs an activity and follows the transition for its outcome.</summary>
    public const string Activity = "activity";

    /// <summary>Parks the instance until a signal arrives, then follows the transition for its payload.</summary>
    public const string Wait = "wait";

    /// <summary>Completes the instance.</summary>
    public const string End = "end";
}
