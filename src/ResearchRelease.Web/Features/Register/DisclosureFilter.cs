using System.Globalization;
using Microsoft.AspNetCore.Http;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// What the public asked the register for, read from the query string (the page's form, the CSV and the JSON share it).
/// Nothing here is trusted beyond its shape: unknown codes simply match nothing. Dates come from the page as the GOV.UK
/// date input (from-day, from-month, from-year) and from links, the CSV and the JSON as one ISO date (from=2026-04-01);
/// a date that is not one is an error naming the field, and is not applied.
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

    /// <summary>Dates that could not be read, by field (from, to): shown in the page's error summary, or a 400 from the CSV and JSON.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    public static readonly IReadOnlyList<string> Statuses = ["in_force", "review_overdue", "ended"];

    public static DisclosureFilter From(IQueryCollection q)
    {
        var errors = new List<FieldError>();
        var from = DateField(q, "from", "approved on or after", errors);
        var to = DateField(q, "to", "approved on or before", errors);
        if (from is { } f && to is { } t && t < f)
            errors.Add(new FieldError("to", "The approved on or before date must be the same as or after the approved on or after date"));
        return new()
        {
            Kind = Clean(q["kind"]),
            Body = Clean(q["body"]),
            Item = Clean(q["item"]),
            Tier = Clean(q["tier"]),
            LegalBasis = Clean(q["basis"]),
            Status = Clean(q["status"]),
            ApprovedFrom = from,
            ApprovedTo = to,
            After = Clean(q["after"]),
            Errors = errors,
        };
    }

    private static DateOnly? DateField(IQueryCollection q, string key, string label, List<FieldError> errors)
    {
        var (day, month, year) = (Clean(q[$"{key}-day"]), Clean(q[$"{key}-month"]), Clean(q[$"{key}-year"]));
        if (day is not null || month is not null || year is not null)
        {
            var missing = new[] { ("a day", day), ("a month", month), ("a year", year) }
                .Where(p => p.Item2 is null)
                .Select(p => p.Item1)
                .ToList();
            var (parsed, error) =
                missing.Count > 0
                    ? (null, $"The {label} date must include {string.Join(" and ", missing)}")
                    : DateParts.Parse(day, month, year, $"The {label} date must be a real date, for example 1 4 2026");
            if (error is not null)
                errors.Add(new FieldError(key, error));
            return parsed;
        }
        if (Clean(q[key]) is not { } text)
            return null;
        if (Date(text) is { } date)
            return date;
        errors.Add(new FieldError(key, $"The {label} date must be a real date, written as year-month-day, for example 2026-04-01"));
        return null;
    }

    /// <summary>The query string for this filter (without the cursor unless asked), for links to the next page and downloads.</summary>
    public string Query(string? after = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
        }
        Add("kind", Kind);
        Add("body", Body);
        Add("item", Item);
        Add("tier", Tier);
        Add("basis", LegalBasis);
        Add("status", Status);
        Add("from", ApprovedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", ApprovedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("after", after);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    public (DateTime At, string Reference)? Cursor()
    {
        var dot = After?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        return
            dot > 0
            && long.TryParse(After![..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks > 0
            && ticks < DateTime.MaxValue.Ticks
            ? (new DateTime(ticks, DateTimeKind.Utc), After[(dot + 1)..])
            : null;
    }

    public static string CursorOf(DateTime at, string reference) => $"{at.Ticks.ToString(CultureInfo.InvariantCulture)}.{reference}";

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var v = value.Trim();
        return v.Length <= 200 ? v : v[..200];
    }

    /// <summary>A date as people write it ("1 April 2026") or as a link carries it (2026-04-01).</summary>
    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(
            value?.Trim(),
            ["yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "d/M/yyyy"],
            CultureInfo.GetCultureInfo("en-GB"),
            DateTimeStyles.AllowWhiteSpaces,
            out var d
        )
            ? d
            : null;
}
