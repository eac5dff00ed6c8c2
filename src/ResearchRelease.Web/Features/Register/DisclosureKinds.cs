namespace ResearchRelease.Web.Features.Register;

/// <summary>The two kinds of disclosure on the public register.</summary>
public static class DisclosureKinds
{
    public const string Release = "release";
    public const string StandingShare = "standing_share";

    public static readonly IReadOnlyList<string> All = [Release, StandingShare];

    public static string Name(string kind) => kind == StandingShare ? "Standing share" : "Researcher release";
}
