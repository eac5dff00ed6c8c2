namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>Where in a cycle the harness kills the app.</summary>
public enum KillPoint
{
    /// <summary>While it starts: migrations, the engine's bootstrap, its first polls.</summary>
    DuringStartUp,

    /// <summary>A random time after it is ready, whatever the app and the workflow are doing then.</summary>
    AfterDelay,

    /// <summary>The moment the n-th write request of the cycle has been answered, before anything else happens.</summary>
    RightAfterResponse,

    /// <summary>A few milliseconds after the n-th write request was sent, usually inside its transaction.</summary>
    DuringRequest,

    /// <summary>
    /// The moment the app logs the cycle's n-th finished activity (a screening, a routing, a letter): the activity's
    /// effect is committed, and the engine is likely still to record that the step ran, which is where at-least-once bites.
    /// </summary>
    RightAfterWorkflowStep,
}
