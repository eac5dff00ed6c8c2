namespace ResearchRelease.Domain.Applications;

/// <summary>
/// Who decided, as the researcher reads it. A designated deputy decides in their own name, for the Chief Statistician:
/// a letter, page or email that said "the Chief Statistician approved" when a deputy signed would misstate the record.
/// </summary>
public static class DeciderWords
{
    public const string ChiefStatistician = "the Chief Statistician";

    public static bool ByDeputy(DecisionRecorded? decision) => decision?.DeputyDesignationId is not null;

    /// <summary>The subject of a sentence: "the Chief Statistician" or "Dr Aisha Rahman, for the Chief Statistician,".</summary>
    public static string Subject(DecisionRecorded? decision) =>
        ByDeputy(decision) ? $"{decision!.SignatoryName}, for the Chief Statistician," : ChiefStatistician;

    /// <summary>Whose reasons: "The Chief Statistician's reasons" or "Dr Aisha Rahman's reasons, for the Chief Statistician".</summary>
    public static string Reasons(DecisionRecorded? decision) =>
        ByDeputy(decision) ? $"{decision!.SignatoryName}'s reasons, for the Chief Statistician" : "The Chief Statistician's reasons";

    public static string Capitalised(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
}
