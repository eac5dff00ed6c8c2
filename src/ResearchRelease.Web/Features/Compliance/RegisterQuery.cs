using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>
/// Searches the register over the <c>applications</c> read model. Every submitted application is in the
/// register (drafts are not yet anyone's decision). The data item filter uses the <c>application_data_items</c>
/// projection of the form as last submitted, an exact match on the catalogue code.
/// </summary>
public sealed class RegisterQuery(AppDbContext db)
{
    public IQueryable<RegisterRow> Matching(RegisterFilter f)
    {
        var q = db.Applications.AsNoTracking().Where(a => a.SubmittedAt != null);
        // Case-insensitive "contains" on both providers: upper() on the column, the term upper-cased here, LIKE wildcards escaped.
        if (f.Reference is { } reference) q = q.Where(a => EF.Functions.Like(a.Reference.ToUpper(), Pattern(reference), "\\"));
        if (f.Organisation is { } organisation) q = q.Where(a => EF.Functions.Like(a.OrganisationName.ToUpper(), Pattern(organisation), "\\"));
        if (f.Applicant is { } applicant) q = q.Where(a => EF.Functions.Like(a.ApplicantName.ToUpper(), Pattern(applicant), "\\"));
        if (f.Status is { } status) q = q.Where(a => a.Status == status);
        if (f.DecidedFrom is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            q = q.Where(a => a.DecidedAt >= start);
        }
        if (f.DecidedTo is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            q = q.Where(a => a.DecidedAt < end);
        }
        if (f.DataItem is { } item)
        {
            var ids = db.ApplicationDataItems.Where(d => d.ItemCode == item).Select(d => d.ApplicationId);
            q = q.Where(a => ids.Contains(a.Id));
        }
        // Undecided last on both providers (PostgreSQL would put NULLs first in a descending sort).
        return q.OrderBy(a => a.DecidedAt == null).ThenByDescending(a => a.DecidedAt).ThenByDescending(a => a.SubmittedAt).ThenBy(a => a.Reference)
            .Select(a => new RegisterRow(a.Id, a.Reference, a.Title, a.OrganisationName, a.ApplicantName, a.Status.ToString(),
                a.Recommendation, a.DecisionOutcome, a.Round, a.SubmittedAt, a.DecidedAt));
    }

    private static string Pattern(string term) =>
        "%" + term.ToUpperInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    public async Task<RegisterPage> PageAsync(RegisterFilter filter, CancellationToken ct)
    {
        var query = Matching(filter);
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + RegisterFilter.PageSize - 1) / RegisterFilter.PageSize);
        var page = Math.Min(filter.Page, pages);
        var rows = await query.Skip((page - 1) * RegisterFilter.PageSize).Take(RegisterFilter.PageSize).ToListAsync(ct);
        return new RegisterPage(rows, total, page, pages);
    }
}
