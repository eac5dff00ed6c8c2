using System.Globalization;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>
/// The decision register's search, read from the query string the same way by the pages and the exports,
/// so a filtered page and its CSV hold the same rows. A bad value is reported against its field name.
/// </summary>
public sealed record RegisterFilter(
    string? Reference,
    string? Organisation,
    string? Applicant,
    ApplicationStatus? Status,
    DateOnly? DecidedFrom,
    DateOnly? DecidedTo,
    string? DataItem
)
{
    public static readonly RegisterFilter None = new(null, null, null, null, null, null, null);

    public static (RegisterFilter Filter, List<FieldError> Errors) Parse(IQueryCollection query, DataItemCatalogue catalogue)
    {
        var errors = new List<FieldError>();
        string? Text(string key) => query[key].ToString() is { Length: > 0 } v ? (v.Length > 200 ? v[..200] : v).Trim() : null;

        DateOnly? Date(string key, string label)
        {
            // The page asks in the GOV.UK date input pattern (key-day, key-month, key-year); links, exports and
            // scripts send one ISO date (key), which the page writes back into its export links.
            var (day, month, year) = (Text($"{key}-day"), Text($"{key}-month"), Text($"{key}-year"));
            if (day is not null || month is not null || year is not null)
            {
                var (parsed, error) = Infrastructure.DateParts.Parse(
                    day,
                    month,
                    year,
                    $"The {label} date must be a real date, for example 1 4 2027"
                );
                if (error is not null)
                    errors.Add(new FieldError(key, error));
                return parsed;
            }
            if (Text(key) is not { } value)
                return null;
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
            errors.Add(new FieldError(key, "Enter the date as YYYY-MM-DD, for example 2027-04-01."));
            return null;
        }

        ApplicationStatus? status = null;
        // By name only: Enum.TryParse would also take "3" or "1, 2".
        if (Text("status") is { } statusName)
        {
            if (Enum.GetNames<ApplicationStatus>().Contains(statusName, StringComparer.Ordinal))
                status = Enum.Parse<ApplicationStatus>(statusName);
            else
                errors.Add(new FieldError("status", "Choose a status from the list."));
        }
        var item = Text("dataItem");
        if (item is not null && !catalogue.Contains(item))
        {
            errors.Add(new FieldError("dataItem", "Choose a data item from the catalogue."));
            item = null;
        }
        var from = Date("decidedFrom", "'decided from'");
        var to = Date("decidedTo", "'decided to'");
        if (from > to)
            errors.Add(new FieldError("decidedTo", "The end of the date range must be on or after its start."));
        return (new RegisterFilter(Text("reference"), Text("organisation"), Text("applicant"), status, from, to, item), errors);
    }

    /// <summary>The filter as a query string, for export links and paging (a page cursor is appended as after or before).</summary>
    public string ToQuery(string? cursorKey = null, string? cursor = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
        }
        Add("reference", Reference);
        Add("organisation", Organisation);
        Add("applicant", Applicant);
        Add("status", Status?.ToString());
        Add("decidedFrom", DecidedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("decidedTo", DecidedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("dataItem", DataItem);
        if (cursorKey is not null)
            Add(cursorKey, cursor);
        return string.Join('&', parts);
    }
}
