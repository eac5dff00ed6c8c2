namespace ResearchRelease.Web.Tests.Infrastructure;

public static class Personas
{
    public const string Researcher = "researcher";
    public const string Researcher2 = "researcher2";
    public const string ChiefStatistician = "chief-statistician";
    public const string Compliance = "compliance";
    public const string Deputy = "deputy";

    /// <summary>Service administrator: not one of the matrix's callers; its own tests cover it.</summary>
    public const string Admin = "admin";
}
