using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>
/// Searches the register over the <c>applications</c> read model. Every submitted application is in the
/// register (drafts are not yet anyone's decision). The data item filter uses the <c>application_data_items</c>
/// projection of the form as last submitted, an exact match on the catalogue code.
/// </summary>
/// <remarks>
/// The register is read in two parts, each in the order of its own index, so that the database sorts and limits
/// and no page counts or skips the rows before it: decided applications, latest decision first, on
/// (decided_at, reference); then those not yet decided, latest submission first, on (submitted_at, reference)
/// where decided_at is null. Ties on the time are broken by reference, backwards, in both parts. A page is read
/// from a <see cref="RegisterCursor"/> forwards (Next) or backwards (Previous), crossing from one part into the
/// other where a page spans both.
/// </remarks>
public sealed class RegisterQuery(AppDbContext db)
{
    /// <summary>The count is exact up to here; past it the page says "more than".</summary>
    public const int CountLimit = 1000;

    public const int PageSize = 25;

    /// <summary>Every matching row in register order, streamed part by part (for the exports).</summary>
    public async IAsyncEnumerable<RegisterRow> AllAsync(RegisterFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var decided in new[] { true, false })
        {
            await foreach (var row in Part(filter, decided, null, forward: true).AsAsyncEnumerable().WithCancellation(ct))
            {
                yield return row;
            }
        }
    }

    /// <summary>
    /// The page after <paramref name="after"/>, or before <paramref name="before"/>, or the first page. A "before"
    /// that reaches the start of the register shows the first page whole.
    /// </summary>
    public async Task<RegisterPage> PageAsync(RegisterFilter filter, RegisterCursor? after, RegisterCursor? before, CancellationToken ct)
    {
        var counted = await Matching(filter).Take(CountLimit + 1).CountAsync(ct);
        var (total, moreThanLimit) = counted > CountLimit ? (CountLimit, true) : (counted, false);
        if (before is { } b)
        {
            var earlier = await ReadAsync(filter, b, forward: false, ct);
            if (earlier.Count > PageSize)
            {
                var rows = earlier.GetRange(0, PageSize);
                rows.Reverse();
                return new RegisterPage(
                    rows,
                    total,
                    moreThanLimit,
                    RegisterCursor.Of(rows[0]).Encode(),
                    RegisterCursor.Of(rows[^1]).Encode()
                );
            }
        }
        else if (after is { } a)
        {
            var later = await ReadAsync(filter, a, forward: true, ct);
            if (later.Count > 0)
            {
                return Forward(later, total, moreThanLimit, first: false);
            }
        }

        return Forward(await ReadAsync(filter, null, forward: true, ct), total, moreThanLimit, first: true);
    }

    private static RegisterPage Forward(List<RegisterRow> read, int total, bool moreThanLimit, bool first)
    {
        var rows = read.Count > PageSize ? read.GetRange(0, PageSize) : read;
        var next = read.Count > PageSize ? RegisterCursor.Of(rows[^1]).Encode() : null;
        var previous = first || rows.Count == 0 ? null : RegisterCursor.Of(rows[0]).Encode();
        return new RegisterPage(rows, total, moreThanLimit, previous, next);
    }

    /// <summary>Up to a page and one row (its presence says there is more) from the cursor, in reading direction.</summary>
    private async Task<List<RegisterRow>> ReadAsync(RegisterFilter filter, RegisterCursor? from, bool forward, CancellationToken ct)
    {
        // Forwards: decided, then undecided. Backwards: the reverse. Start in the cursor's part.
        bool[] parts = forward ? [true, false] : [false, true];
        var start = from is { } c ? Array.IndexOf(parts, c.Decided) : 0;
        var rows = new List<RegisterRow>(PageSize + 1);
        for (var i = start; i < parts.Length && rows.Count <= PageSize; i++)
        {
            var cursor = from is { } f && f.Decided == parts[i] ? from : null;
            rows.AddRange(await Part(filter, parts[i], cursor, forward).Take(PageSize + 1 - rows.Count).ToListAsync(ct));
        }

        return rows;
    }

    private IQueryable<RegisterRow> Part(RegisterFilter filter, bool decided, RegisterCursor? from, bool forward)
    {
        var q = Matching(filter);
        IOrderedQueryable<Data.ApplicationRecord> ordered;
        if (decided)
        {
            q = q.Where(a => a.DecidedAt != null);
            if (from is { } c)
            {
                q = forward
                    ? q.Where(a => a.DecidedAt < c.At || (a.DecidedAt == c.At && string.Compare(a.Reference, c.Reference) < 0))
                    : q.Where(a => a.DecidedAt > c.At || (a.DecidedAt == c.At && string.Compare(a.Reference, c.Reference) > 0));
            }

            ordered = forward
                ? q.OrderByDescending(a => a.DecidedAt).ThenByDescending(a => a.Reference)
                : q.OrderBy(a => a.DecidedAt).ThenBy(a => a.Reference);
        }
        else
        {
            q = q.Where(a => a.DecidedAt == null);
            if (from is { } c)
            {
                q = forward
                    ? q.Where(a => a.SubmittedAt < c.At || (a.SubmittedAt == c.At && string.Compare(a.Reference, c.Reference) < 0))
                    : q.Where(a => a.SubmittedAt > c.At || (a.SubmittedAt == c.At && string.Compare(a.Reference, c.Reference) > 0));
            }

            ordered = forward
                ? q.OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Reference)
                : q.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Reference);
        }

        return ordered.Select(a => new RegisterRow(
            a.Id,
            a.Reference,
            a.Title,
            a.OrganisationName,
            a.ApplicantName,
            a.Status.ToString(),
            a.Recommendation,
            a.DecisionOutcome,
            a.Round,
            a.SubmittedAt,
            a.DecidedAt
        ));
    }

    /// <summary>The rows the search matches, unordered.</summary>
    private IQueryable<Data.ApplicationRecord> Matching(RegisterFilter f)
    {
        var q = db.Applications.AsNoTracking().Where(a => a.SubmittedAt != null);
        // Case-insensitive "contains" on both providers: upper() on the column, the term upper-cased here, LIKE wildcards escaped.
        if (f.Reference is { } reference)
            q = q.Where(a => EF.Functions.Like(a.Reference.ToUpper(), Pattern(reference), "\\"));
        if (f.Organisation is { } organisation)
            q = q.Where(a => EF.Functions.Like(a.OrganisationName.ToUpper(), Pattern(organisation), "\\"));
        if (f.Applicant is { } applicant)
            q = q.Where(a => EF.Functions.Like(a.ApplicantName.ToUpper(), Pattern(applicant), "\\"));
        if (f.Status is { } status)
            q = q.Where(a => a.Status == status);
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

        return q;
    }

    private static string Pattern(string term) =>
        "%"
        + term.ToUpperInvariant()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
        + "%";
}
