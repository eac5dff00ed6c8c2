namespace ResearchRelease.Web.Auth;

/// <summary>The Entra ID app roles (the "roles" claim) and the policies built on them.</summary>
public static class Roles
{
    public const string Researcher = "Researcher";
    public const string ChiefStatistician = "ChiefStatistician";
    public const string ComplianceOfficer = "ComplianceOfficer";
    /// <summary>Operates the workflow engine (suspend, resume, retry); decides nothing and changes no application.</summary>
    public const string ServiceAdministrator = "ServiceAdministrator";
}

public static class Policies
{
    public const string Researcher = "Researcher";
    public const string ChiefStatistician = "ChiefStatistician";
    public const string Compliance = "Compliance";
    /// <summary>Anyone who may read a decided application: its Chief Statistician and compliance.</summary>
    public const string Staff = "Staff";
    public const string ServiceAdministrator = "ServiceAdministrator";
    /// <summary>Who may look at the workflow engine's pages (diagram, instances in trouble): compliance and administrators.</summary>
    public const string ProcessObservers = "ProcessObservers";
}
