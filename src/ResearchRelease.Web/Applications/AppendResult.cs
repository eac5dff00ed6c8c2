namespace ResearchRelease.Web.Applications;

public enum AppendResult
{
    Appended,
    /// <summary>Another writer appended first (the unique sequence or letter constraint fired): nothing was written.</summary>
    Conflict,
}
