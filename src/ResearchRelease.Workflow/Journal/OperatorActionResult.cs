namespace ResearchRelease.Workflow;

/// <summary>What came of an operator's suspend, resume or retry.</summary>
public enum OperatorActionResult
{
    /// <summary>Done, and written to the journal with who did it.</summary>
    Done,

    /// <summary>No process instance for the application.</summary>
    NotFound,

    /// <summary>The instance is not in a state that allows it (e.g. resuming one that is not suspended).</summary>
    NotAllowed,
}
