namespace ResearchRelease.Domain.Applications;

/// <summary>
/// Documents an application's own answers promise. An ethics approval the researcher declares must be shown: the Chief
/// Statistician cannot weigh a letter nobody attached. One rule for the pages and the API, checked when submitting.
/// </summary>
public static class SubmissionEvidence
{
    /// <summary>The attachment kind of the ethics committee's approval letter.</summary>
    public const string EthicsLetter = "ethics_approval";

    /// <summary>The field a refusal names: the attachment that is missing.</summary>
    public const string EthicsLetterField = "attachments." + EthicsLetter;

    public const string EthicsLetterMissing = "Attach your ethics approval letter, or change your answer about ethics approval";

    public static bool NeedsEthicsLetter(ApplicationForm form) => form?.Project?.Ethics?.Status == "approved";

    /// <summary>Why the application cannot be submitted with these attachments, or null when nothing promised is missing.</summary>
    public static CommandOutcome? Missing(ApplicationForm form, IReadOnlyCollection<string> attachedKinds)
    {
        ArgumentNullException.ThrowIfNull(attachedKinds);
        return NeedsEthicsLetter(form) && !attachedKinds.Contains(EthicsLetter)
            ? CommandOutcome.Fail(CommandFailure.Invalid, EthicsLetterMissing, EthicsLetterField)
            : null;
    }
}
