namespace ResearchRelease.Web.Process;

/// <summary>The names used in workflows/research-release.v1.json; the definition and this code must agree.</summary>
public static class ProcessSignals
{
    public const string Resubmitted = "resubmitted";
    public const string Decided = "decided";
}

public static class ProcessActivityNames
{
    public const string Screen = "screen";
    public const string ReturnToResearcher = "return-to-researcher";
    public const string RouteToChiefStatistician = "route-to-chief-statistician";
    public const string IssueApprovalLetter = "issue-approval-letter";
    public const string IssueRefusalLetter = "issue-refusal-letter";
}
