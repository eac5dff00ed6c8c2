namespace ResearchRelease.Workflow;

/// <summary>
/// Which days count as working days for timers written in working days. The app supplies England and
/// Wales bank holidays; without one, the engine counts Monday to Friday.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>
    /// The same time of day <paramref name="days"/> working days later (earlier when negative). A start
    /// on a non-working day counts from the next (previous) working day.
    /// </summary>
    DateTimeOffset AddWorkingDays(DateTimeOffset from, int days);
}
