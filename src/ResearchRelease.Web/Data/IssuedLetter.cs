namespace ResearchRelease.Web.Data;

/// <summary>
/// A letter as issued. Rows and their files are never changed: a correction is a new row with the next
/// <see cref="Sequence"/> that names the row it supersedes. <c>UNIQUE(application_id, round, sequence)</c> makes the
/// workflow's at-least-once letter step (always sequence 1) issue exactly one letter per decision, and
/// <c>UNIQUE(supersedes_letter_id)</c> keeps the corrections a single line: no letter is superseded twice.
/// </summary>
public sealed class IssuedLetter
{
    /// <summary>The workflow's letter for a decision; corrections count on from here.</summary>
    public const int FirstSequence = 1;

    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public int Round { get; set; }
    public int Sequence { get; set; } = FirstSequence;
    public Guid? SupersedesLetterId { get; set; }
    public string Kind { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public string Sha256 { get; set; } = "";
    public string VerificationCode { get; set; } = "";
    public DateTime IssuedAt { get; set; }
}
