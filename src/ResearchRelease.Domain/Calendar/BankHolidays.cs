using System.Text.Json;

namespace ResearchRelease.Domain.Calendar;

/// <summary>
/// England and Wales bank holidays, from the data file beside this class. Years the file does not
/// cover are worked out from the standing rules (<see cref="StandingRules"/>), so a deadline years
/// ahead (a release end date) is still counted sensibly.
/// </summary>
public sealed class BankHolidays
{
    private const string ResourceName = "ResearchRelease.Domain.Calendar.england-and-wales-bank-holidays.json";

    private static readonly JsonSerializerOptions FileOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly Dictionary<DateOnly, string> _listed;
    private readonly int _firstYear;
    private readonly int _lastYear;

    private BankHolidays(IReadOnlyList<BankHoliday> listed)
    {
        _listed = listed.ToDictionary(h => h.Date, h => h.Title);
        _firstYear = listed.Min(h => h.Date.Year);
        _lastYear = listed.Max(h => h.Date.Year);
    }

    public static BankHolidays EnglandAndWales { get; } = Load();

    /// <summary>The years the data file lists.</summary>
    public (int First, int Last) ListedYears => (_firstYear, _lastYear);

    /// <summary>The holiday's title on that date, or null.</summary>
    public string? On(DateOnly date)
    {
        if (date.Year >= _firstYear && date.Year <= _lastYear)
        {
            return _listed.GetValueOrDefault(date);
        }

        return StandingRules.For(date.Year).FirstOrDefault(h => h.Date == date)?.Title;
    }

    /// <summary>Monday to Friday and not a bank holiday.</summary>
    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && On(date) is null;

    public static BankHolidays Parse(string json)
    {
        var file = JsonSerializer.Deserialize<HolidayFile>(json, FileOptions)
            ?? throw new FormatException("The bank holiday file is empty.");
        if (file.Events is not { Count: > 0 })
        {
            throw new FormatException("The bank holiday file lists no events.");
        }

        return new BankHolidays(file.Events.Select(e => new BankHoliday(DateOnly.ParseExact(e.Date, "yyyy-MM-dd"), e.Title)).ToList());
    }

    private static BankHolidays Load()
    {
        using var stream = typeof(BankHolidays).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the domain assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record HolidayFile(List<HolidayEvent>? Events);

    private sealed record HolidayEvent(string Date, string Title);
}
