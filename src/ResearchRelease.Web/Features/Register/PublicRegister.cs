using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.Screening;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// The public register of disclosures (researcher releases and standing shares), read from its projection, newest
/// approval first. Filters and keyset paging run in SQL; a status that depends on today's date is worked out per
/// request, so the register is current at every request. Item names and tiers are the catalogue's as it is now.
/// </summary>
public sealed class PublicRegister(AppDbContext db, ScreeningService screening, TimeProvider clock)
{
    public const int PageSize = 50;

    public IAsyncEnumerable<PublicRelease> ApprovedAsync(CancellationToken ct) => StreamAsync(new DisclosureFilter(), ct);

    public async IAsyncEnumerable<PublicRelease> StreamAsync(
        DisclosureFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct
    )
    {
        var today = Today();
        await foreach (var row in Ordered(Filtered(filter, today)).AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
            yield return ToRelease(row, today);
    }

    /// <summary>One page after the filter's cursor, and the cursor of the next page (null on the last).</summary>
    public async Task<(List<PublicRelease> Rows, string? Next)> PageAsync(DisclosureFilter filter, CancellationToken ct)
    {
        var today = Today();
        var query = Filtered(filter, today);
        if (filter.Cursor() is { } after)
        {
            var (at, reference) = after;
            query = query.Where(r => r.DecidedAt < at || (r.DecidedAt == at && string.Compare(r.Reference, reference) > 0));
        }
        var rows = await Ordered(query).AsNoTracking().Take(PageSize + 1).ToListAsync(ct);
        var next = rows.Count > PageSize ? DisclosureFilter.CursorOf(rows[PageSize - 1].DecidedAt, rows[PageSize - 1].Reference) : null;
        return ([.. rows.Take(PageSize).Select(r => ToRelease(r, today))], next);
    }

    private static IQueryable<PublicRegisterEntry> Ordered(IQueryable<PublicRegisterEntry> q) =>
        q.OrderByDescending(r => r.DecidedAt).ThenBy(r => r.Reference);

    private IQueryable<PublicRegisterEntry> Filtered(DisclosureFilter f, DateOnly today)
    {
        var q = db.PublicRegister.AsQueryable();
        if (f.Kind is { } kind)
            q = q.Where(r => r.Kind == kind);
        if (f.Body is { } body)
        {
            var lower = body.ToLowerInvariant();
            // ToLower + Contains is what both providers translate; the StringComparison overloads are not.
#pragma warning disable CA1862
            q = q.Where(r => r.Organisation.ToLower().Contains(lower));
#pragma warning restore CA1862
        }
        if (f.Item is { } item)
            q = q.Where(ContainsAny([item]));
        if (f.Tier is { } tierName)
        {
            var codes = Enum.TryParse<SensitivityTier>(tierName, ignoreCase: true, out var tier)
                ? screening.Catalogue.Items.Where(i => i.Tier == tier).Select(i => i.Code).ToList()
                : [];
            q = q.Where(ContainsAny(codes));
        }
        if (f.LegalBasis is { } basis)
            q = q.Where(r => r.Article6 == basis || r.Article9 == basis);
        q = f.Status switch
        {
            "ended" => q.Where(r => r.Ended || (r.Kind == DisclosureKinds.StandingShare && r.EndDate < today)),
            "review_overdue" => q.Where(r => r.ReviewOverdue && (r.EndDate == null || r.EndDate >= today)),
            "in_force" => q.Where(r => !r.Ended && (r.Kind != DisclosureKinds.StandingShare || r.EndDate == null || r.EndDate >= today)),
            null => q,
            _ => q.Where(r => false),
        };
        if (f.ApprovedFrom is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            q = q.Where(r => r.DecidedAt >= start);
        }
        if (f.ApprovedTo is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            q = q.Where(r => r.DecidedAt < end);
        }
        return q;
    }

    /// <summary>Rows whose item list holds any of the codes: one LIKE-style test per code, joined with OR (none: nothing matches).</summary>
    private static Expression<Func<PublicRegisterEntry, bool>> ContainsAny(IReadOnlyList<string> codes)
    {
        var row = Expression.Parameter(typeof(PublicRegisterEntry), "r");
        Expression body = Expression.Constant(false);
        Expression<Func<PublicRegisterEntry, string, bool>> has = (r, code) => ("\n" + r.DataItemCodes + "\n").Contains("\n" + code + "\n");
        foreach (var code in codes)
        {
            var test = new ParameterReplacer(has.Parameters[0], row, has.Parameters[1], Expression.Constant(code)).Visit(has.Body);
            body = Expression.OrElse(body, test);
        }
        return Expression.Lambda<Func<PublicRegisterEntry, bool>>(body, row);
    }

    /// <summary>A row as the public reads it, with its status as on <paramref name="today"/>.</summary>
    public PublicRelease ToRelease(PublicRegisterEntry row, DateOnly today)
    {
        var legal = string.Join(
            "; ",
            new[] { row.Article6, row.Article9 }.Where(b => !string.IsNullOrEmpty(b)).Select(b => DisplayNames.For(b))
        );
        var items = row
            .DataItemCodes.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(code =>
                screening.Catalogue.Find(code) is { } d
                    ? new RegisterItem(code, d.Name, d.Tier.DisplayName())
                    : new RegisterItem(code, code, "")
            )
            .ToList();
        var ended = row.Ended || (row.Kind == DisclosureKinds.StandingShare && row.EndDate < today);
        return new PublicRelease(
            row.Reference,
            row.Organisation,
            row.ProjectTitle,
            row.Purpose,
            [.. items.Select(i => i.Name)],
            legal,
            DisplayNames.For(row.AccessRoute),
            row.StartDate,
            row.EndDate,
            ended
        )
        {
            Kind = row.Kind,
            Sector = row.Sector,
            PublicBenefit = row.PublicBenefit,
            LegalGateway = row.LegalGateway,
            Article6 = row.Article6,
            Article9 = row.Article9,
            AccessRouteCode = row.AccessRoute,
            Items = items,
            Frequency = row.Frequency,
            Linkage = row.Linkage,
            ApprovedAt = row.DecidedAt,
            ReviewDate = row.ReviewDate,
            Status =
                ended ? "ended"
                : row.ReviewOverdue ? "review_overdue"
                : "in_force",
            Outputs = JsonSerializer.Deserialize<List<ReportedOutput>>(row.Outputs, EventSerializer.Options) ?? [],
        };
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private sealed class ParameterReplacer(ParameterExpression from1, Expression to1, ParameterExpression from2, Expression to2)
        : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == from1 ? to1
            : node == from2 ? to2
            : node;
    }
}
