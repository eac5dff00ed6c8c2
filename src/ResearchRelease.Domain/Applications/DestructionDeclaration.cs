namespace ResearchRelease.Domain.Applications;

/// <summary>What the researcher declares when confirming destruction, and the rules the declaration must meet.</summary>
public static class DestructionDeclaration
{
    /// <summary>Stored in the event as shown: the record keeps the exact words confirmed.</summary>
    public const string Text =
        "I confirm that the data released under this approval, and every copy of it (including backups, extracts and "
        + "derived files that could identify anyone), has been securely destroyed, and that no copy is held by me, "
        + "the named data users or anyone else.";

    public const int MaxMethodLength = 2_000;
}
