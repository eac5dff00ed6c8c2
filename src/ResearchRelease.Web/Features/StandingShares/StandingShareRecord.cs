using ResearchRelease.Domain.StandingShares;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>
/// The staff list of standing shares (<c>standing_shares</c>), written from the fold in the append's transaction. The
/// review sweep reads it to find the shares whose review is near or past without folding every share.
/// </summary>
public sealed class StandingShareRecord
{
    public Guid Id { get; set; }
    public string Reference { get; set; } = "";
    public string RecipientBody { get; set; } = "";
    public StandingShareStatus Status { get; set; }
    public DateOnly? ReviewDate { get; set; }
    public DateOnly? AgreementEnd { get; set; }
    public bool ReviewReminded { get; set; }
    public bool ReviewOverdue { get; set; }
    public int Version { get; set; }
    public DateTime UpdatedAt { get; set; }
}
