namespace ResearchRelease.Web.Auth;

/// <summary>The Entra ID app roles (the "roles" claim) and the policies built on them.</summary>
public static class Roles
{
    public const string Researcher = "Researcher";
    public const string ChiefStatistician = "ChiefStatistician";
    public const string ComplianceOfficer = "ComplianceOfficer";

    /// <summary>May be designated as the Chief Statistician's deputy; decides only while a designation is in force.</summary>
    public const string DeputyChiefStatistician = "DeputyChiefStatistician";

    /// <summary>Operates the workflow engine (suspend, resume, retry); decides nothing and changes no application.</summary>
    public const string ServiceAdministrator = "ServiceAdministrator";
}

public static class Policies
{
    public const string Researcher = "Researcher";
    public const string ChiefStatistician = "ChiefStatistician";
    public const string Compliance = "Compliance";

    /// <summary>Who may work the decision queue: the Chief Statistician, or a deputy while their designation is in force.</summary>
    public const string Decider = "Decider";

    /// <summary>Anyone who may read a decided application: its Chief Statistician and compliance.</summary>
    public const string Staff = "Staff";
    public const string ServiceAdministrator = "ServiceAdministrator";

    /// <summary>Who may look at the workflow engine's pages (diagram, instances in trouble): compliance and administrators.</summary>
    public const string ProcessObservers = "ProcessObservers";

    /// <summary>Who may read standing shares: compliance (who maintain them) and whoever may decide them.</summary>
    public const string ShareReaders = "ShareReaders";
}
