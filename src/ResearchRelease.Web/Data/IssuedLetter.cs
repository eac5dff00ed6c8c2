namespace ResearchRelease.Web.Data;

/// <summary>
/// A letter as issued. Letters are never regenerated in place: <c>UNIQUE(application_id, round)</c> makes
/// the workflow's at-least-once letter step issue exactly one letter per decision.
/// </summary>
public sealed class IssuedLetter
{
    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public int Round { get; set; }
    public string Kind { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public string Sha256 { get; set; } = "";
    public string VerificationCode { get; set; } = "";
    public DateTime IssuedAt { get; set; }
}
