namespace ResearchRelease.Web.Letters;

/// <summary>
/// Everything printed on a decision letter, already worded for display. The renderer adds the fixed wording
/// (the Regulations, salutation, closing) and decides layout; it never looks anything up.
/// </summary>
public sealed record LetterContent
{
    public required LetterKind Kind { get; init; }

    public required string Reference { get; init; }

    /// <summary>The date the letter is dated (printed as e.g. "3 March 2026").</summary>
    public required DateOnly Date { get; init; }

    public required string AddresseeName { get; init; }

    public string? AddresseeJobTitle { get; init; }

    public required string OrganisationName { get; init; }

    public required string ProjectTitle { get; init; }

    /// <summary>Set on a letter amending an earlier approval (an extension): replaces the title and subject line.</summary>
    public string? Heading { get; init; }

    /// <summary>Completes "your application has been …", e.g. "approved with conditions" or "refused".</summary>
    public required string DecisionSummary { get; init; }

    /// <summary>Approved (or, on a refusal, requested) data items, shown as a table.</summary>
    public IReadOnlyList<LetterDataItem> DataItems { get; init; } = [];

    /// <summary>Academic years or key stages approved (or, on a refusal, requested), one entry per line.</summary>
    public IReadOnlyList<string> Cohorts { get; init; } = [];

    /// <summary>Display text, e.g. "ONS Secure Research Service". Not printed on a refusal.</summary>
    public string? AccessRoute { get; init; }

    /// <summary>Conditions of release, numbered 1, 2, 3 … in this order. Not printed on a refusal.</summary>
    /// <summary>The people the approval's conditions bind, each as "name, role, organisation".</summary>
    public IReadOnlyList<string> NamedUsers { get; init; } = [];

    public IReadOnlyList<string> Conditions { get; init; } = [];

    /// <summary>When the approval ends. Not printed on a refusal.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Refusal: the reasons limb by limb. Approval: optional remarks.</summary>
    public IReadOnlyList<LetterReason> Reasons { get; init; } = [];

    /// <summary>Refusal only: what the researcher could change in a new application.</summary>
    public IReadOnlyList<string> WhatCouldChange { get; init; } = [];

    public required string SignatoryName { get; init; }

    /// <summary>True when a designated deputy signed: the letter then says the decision was made for the Chief Statistician.</summary>
    public bool ForChiefStatistician { get; init; }

    public required string SignatoryTitle { get; init; }

    /// <summary>When the decision was signed; printed in UK time.</summary>
    public required DateTimeOffset SignedAt { get; init; }

    public required string VerificationCode { get; init; }

    /// <summary>Where anyone holding the letter can check it; printed and encoded in the QR code.</summary>
    public required string VerificationUrl { get; init; }

    /// <summary>Set on a corrected letter: the letter it corrects and replaces, and why.</summary>
    public LetterCorrectionNotice? Correction { get; init; }
}
