using System.Globalization;
using CsvHelper;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>
/// CSV for spreadsheets, written row by row as the database yields them, so memory does not grow with the
/// register. Cells beginning with = + - @ (or tab / carriage return) are prefixed with an apostrophe so a
/// spreadsheet shows them as text instead of running them as formulas (CSV injection).
/// </summary>
public static class RegisterCsv
{
    /// <summary>With a UTF-8 byte-order mark: Excel otherwise opens non-Latin names as mojibake.</summary>
    public static CsvWriterOptions Options { get; } =
        new()
        {
            Injection = CsvInjection.Escape,
            WriteByteOrderMark = true,
            FormatProvider = CultureInfo.InvariantCulture,
        };

    public static async Task WriteAsync<T>(
        Stream stream,
        IReadOnlyList<string> header,
        IAsyncEnumerable<T> rows,
        Func<T, IEnumerable<string?>> cells,
        CancellationToken ct
    )
    {
        await using var csv = CsvWriter.Create(stream, Options, true);
        foreach (var name in header)
            csv.WriteField(name);
        await csv.EndRecordAsync(ct);
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var cell in cells(row))
                csv.WriteField(cell ?? "");
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }

    public static string Time(DateTime? value) => value is { } v ? v.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) : "";

    public static readonly IReadOnlyList<string> RegisterHeader =
    [
        "reference",
        "project_title",
        "organisation",
        "applicant",
        "status",
        "screening_recommendation",
        "decision",
        "round",
        "submitted_at",
        "decided_at",
    ];

    public static IEnumerable<string?> RegisterCells(RegisterRow r) =>
        [
            r.Reference,
            r.Title,
            r.Organisation,
            r.Applicant,
            r.Status,
            r.Recommendation,
            r.Decision,
            r.Round.ToString(CultureInfo.InvariantCulture),
            Time(r.SubmittedAt),
            Time(r.DecidedAt),
        ];
}
