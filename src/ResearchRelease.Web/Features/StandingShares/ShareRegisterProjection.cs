using ResearchRelease.Domain.StandingShares;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.Register;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>
/// Writes a standing share's public register row from its fold, inside the append's transaction: present once terms
/// have been approved, always showing the terms in force (a renewal being drafted or decided is not public until approved).
/// </summary>
public static class ShareRegisterProjection
{
    public static async Task ProjectAsync(AppDbContext db, Guid id, StandingShareState state, CancellationToken ct)
    {
        var row = await db.PublicRegister.FindAsync([id], ct);
        if (!IsListed(state))
        {
            if (row is not null)
                db.PublicRegister.Remove(row);
            return;
        }
        if (row is null)
        {
            row = new PublicRegisterEntry { ApplicationId = id };
            db.PublicRegister.Add(row);
        }
        Fill(row, state);
    }

    public static bool IsListed(StandingShareState state) => state.InForce is not null && state.ApprovedAt is not null;

    /// <summary>The row's fields from the fold; also used for quarterly snapshots, from the fold as at a quarter's end.</summary>
    public static void Fill(PublicRegisterEntry row, StandingShareState state)
    {
        var terms = state.InForce!;
        var approvedAt = state.ApprovedAt!.Value;
        row.Kind = DisclosureKinds.StandingShare;
        row.Reference = state.Reference;
        row.Organisation = Cut(terms.RecipientBody ?? "", 300);
        row.ProjectTitle = Cut($"Data sharing agreement with {terms.RecipientBody}", 500);
        row.Sector = terms.Sector;
        row.Purpose = terms.Purpose ?? "";
        row.PublicBenefit = terms.PublicBenefit ?? "";
        row.LegalGateway = Cut(terms.LegalGateway ?? "", 500);
        row.DataItemCodes = string.Join('\n', terms.DataItems);
        row.Article6 = terms.Article6;
        row.Article9 = string.IsNullOrEmpty(terms.Article9) ? null : terms.Article9;
        row.AccessRoute = terms.AccessRoute;
        row.Frequency = terms.Frequency;
        row.Linkage = terms.Linkage;
        row.DecidedAt = approvedAt;
        row.StartDate = terms.AgreementStart ?? DateOnly.FromDateTime(approvedAt);
        row.EndDate = terms.AgreementEnd;
        row.ReviewDate = terms.ReviewDate;
        row.ReviewOverdue = state.ReviewOverdue;
        row.Ended = false;
    }

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];
}
