namespace ResearchRelease.Web.Applications;

/// <summary>The stored kinds of extension letters (issued_letters.kind), told apart from decision letters by their prefix.</summary>
public static class ExtensionLetterKinds
{
    public const string Prefix = "extension";
    public const string Approval = "extension";

    /// <summary>16 characters: issued_letters.kind is varchar(16).</summary>
    public const string Refusal = "extension-refuse";
}
