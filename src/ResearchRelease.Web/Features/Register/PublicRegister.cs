using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.Screening;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// The public register of approved releases, read from its projection (<see cref="PublicRegisterProjection"/>),
/// newest decision first, streamed one row at a time so the CSV does not hold the register in memory.
/// </summary>
public sealed class PublicRegister(AppDbContext db, ScreeningService screening)
{
    public async IAsyncEnumerable<PublicRelease> ApprovedAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var rows = db.PublicRegister.AsNoTracking().OrderByDescending(r => r.DecidedAt).ThenBy(r => r.ApplicationId).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct)) yield return Release(row);
    }

    private PublicRelease Release(PublicRegisterEntry row)
    {
        var legal = string.Join("; ", new[] { row.Article6, row.Article9 }.Where(b => !string.IsNullOrEmpty(b)).Select(b => DisplayNames.For(b)));
        var items = row.DataItemCodes.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(code => screening.Catalogue.Find(code)?.Name ?? code).ToList();
        return new PublicRelease(row.Reference, row.Organisation, row.ProjectTitle, row.Purpose, items, legal, DisplayNames.For(row.AccessRoute),
            row.StartDate, row.EndDate, row.Ended);
    }
}
