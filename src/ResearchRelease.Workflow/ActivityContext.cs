namespace ResearchRelease.Workflow;

/// <summary>Which activity to run, for which application, in which round of the process.</summary>
/// <param name="Activity">The activity name from the definition file, e.g. "screen".</param>
/// <param name="ApplicationId">The application the process instance belongs to.</param>
/// <param name="Round">Starts at 1 and grows each time the application is resubmitted.</param>
public sealed record ActivityContext(string Activity, Guid ApplicationId, int Round);
