using System.Globalization;
using ResearchRelease.Domain.Calendar;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>The fixed wording of the letter and how dates and times are written.</summary>
internal static class LetterWording
{
    /// <summary>The language of every letter, declared in the PDF so a screen reader uses an English voice.</summary>
    public const string Language = "en-GB";

    public const string Department = "Department for Education";
    public const string Office = "Chief Statistician's Office";

    public const string Regulations = "The Education (Individual Pupil Information) (Prescribed Persons) (England) Regulations 2009";

    /// <summary>"3 March 2026 at 2:05pm GMT" (or BST in summer).</summary>
    public static string SignedAt(DateTimeOffset signedAt) => PlainDates.MomentWithZone(signedAt);

    public static string Title(LetterContent letter)
    {
        if (letter.Heading is { } heading)
            return heading;
        var kind = letter.Kind == LetterKind.Approval ? "Approval" : "Refusal";
        return letter.Correction is null
            ? $"{kind} letter {letter.Reference}"
            : $"Corrected {kind.ToLowerInvariant()} letter {letter.Reference}";
    }

    public const string CorrectionHeading = "Corrected letter";

    public static string CorrectionText(LetterCorrectionNotice correction) =>
        $"This letter corrects and replaces letter {correction.SupersededVerificationCode} dated {PlainDates.Day(correction.SupersededDate)}. "
        + "The decision itself is unchanged. Please rely on this letter, not the one it replaces.";

    public static string CorrectionReason(LetterCorrectionNotice correction) => $"Reason for the correction: {correction.Reason}";

    public static string CorrectionBy(LetterCorrectionNotice correction) => $"Correction issued by {correction.CorrectedBy}.";

    public static string CorrectionChanges(LetterCorrectionNotice correction) =>
        correction.ChangedFields.Count == 0 ? "" : $"Corrected: {string.Join(", ", correction.ChangedFields).ToLowerInvariant()}.";

    public static string Subject(LetterContent letter) => letter.Heading ?? $"Decision on your application: {letter.ProjectTitle}";

    public static string Opening(LetterContent letter) =>
        $"I have considered{(letter.ForChiefStatistician ? ", for the Chief Statistician," : "")} your application for individual pupil "
        + $"information under {Regulations}, as amended. "
        + $"I am writing to tell you that your application has been {letter.DecisionSummary}.";

    public static string ApprovalScope(LetterContent letter)
    {
        var what = letter.DataItems.Count > 0 ? "the data set out below" : "the approved data";
        var conditions = letter.Conditions.Count > 0 ? "the numbered conditions in this letter" : "the terms of this letter";
        var end = letter.EndDate is { } date ? $", and the approval ends on {PlainDates.Day(date)}" : "";
        return $"The Department will release {what} to {letter.OrganisationName} for use on this project only. "
            + $"The release is subject to {conditions}{end}.";
    }

    public static string RefusalScope(LetterContent letter) =>
        "The reasons for my decision are set out below against each part of the test"
        + (letter.WhatCouldChange.Count > 0 ? ", followed by what you could change if you decide to apply again." : ".");

    public const string WhatCouldChangeIntro = "A new application would be more likely to succeed if it addressed the following:";

    public static string Closing(LetterContent letter) =>
        $"Please keep this letter with your project records and quote reference {letter.Reference} in any correspondence about it.";

    /// <summary>Alternative text of the QR code: what it is and what it leads to (the address is printed beside it).</summary>
    public const string QrAltText = "QR code that opens the address below, where this letter can be checked.";

    public const string VerifyHeading = "Check this letter is genuine";

    public const string VerifyText =
        "Anyone holding this letter can check that the Department issued it: scan the QR code, or go to the "
        + "address below and enter the verification code.";
}
