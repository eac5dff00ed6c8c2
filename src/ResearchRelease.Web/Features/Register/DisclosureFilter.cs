using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// What the public asked the register for, read from the query string (the page's form, the CSV and the JSON share it).
/// Nothing here is trusted beyond its shape: unknown codes simply match nothing.
/// </summary>
public sealed record DisclosureFilter
{
    public string? Kind { get; init; }
    public string? Body { get; init; }
    public string? Item { get; init; }
    public string? Tier { get; init; }
    public string? LegalBasis { get; init; }
    public string? Status { get; init; }
    public DateOnly? ApprovedFrom { get; init; }
    public DateOnly? ApprovedTo { get; init; }
    /// <summary>The keyset cursor: the approval time (ticks) and reference of the last row of the previous page.</summary>
    public string? After { get; init; }

    public static readonly IReadOnlyList<string> Statuses = ["in_force", "review_overdue", "ended"];

    public static DisclosureFilter From(IQueryCollection q) => new()
    {
        Kind = Clean(q["kind"]), Body = Clean(q["body"]), Item = Clean(q["item"]), Tier = Clean(q["tier"]), LegalBasis = Clean(q["basis"]),
        Status = Clean(q["status"]), ApprovedFrom = Date(q["from"]), ApprovedTo = Date(q["to"]), After = Clean(q["after"]),
    };

    /// <summary>The query string for this filter (without the cursor unless asked), for links to the next page and downloads.</summary>
    public string Query(string? after = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value)) parts.Add($"{key}={Uri.EscapeDataString(value)}");
        }
        Add("kind", Kind); Add("body", Body); Add("item", Item); Add("tier", Tier); Add("basis", LegalBasis); Add("status", Status);
        Add("from", ApprovedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", ApprovedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("after", after);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    public (DateTime At, string Reference)? Cursor()
    {
        var dot = After?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        return dot > 0 && long.TryParse(After![..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks > 0 && ticks < DateTime.MaxValue.Ticks
            ? (new DateTime(ticks, DateTimeKind.Utc), After[(dot + 1)..])
            : null;
    }

    public static string CursorOf(DateTime at, string reference) => $"{at.Ticks.ToString(CultureInfo.InvariantCulture)}.{reference}";

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        return v.Length <= 200 ? v : v[..200];
    }

    /// <summary>A date as people write it ("1 April 2026") or as a link carries it (2026-04-01).</summary>
    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), ["yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "d/M/yyyy"], CultureInfo.GetCultureInfo("en-GB"),
            DateTimeStyles.AllowWhiteSpaces, out var d) ? d : null;
}
