namespace ResearchRelease.Workflow.Definitions;

public enum ProcessPeriodUnit
{
    WorkingDays,
    Days,
    Hours,
    Minutes,
    Seconds,
}
