namespace ResearchRelease.Web.Auth;

/// <summary>The Entra ID app roles (the "roles" claim) and the policies built on them.</summary>
public static class Roles
{
    public const string Researcher = "Researcher";
    public const string ChiefStatistician = "ChiefStatistician";
    public const string ComplianceOfficer = "ComplianceOfficer";
}

public static class Policies
{
    public const string Researcher = "Researcher";
    public const string ChiefStatistician = "ChiefStatistician";
    public const string Compliance = "Compliance";
    /// <summary>Anyone who may read a decided application: its Chief Statistician and compliance.</summary>
    public const string Staff = "Staff";
}
