namespace ResearchRelease.Web.Letters;

/// <summary>Which decision the letter communicates; it decides the wording and which sections appear.</summary>
public enum LetterKind
{
    Approval,
    Refusal,
}
