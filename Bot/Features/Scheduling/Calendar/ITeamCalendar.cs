
namespace IntervisieBot.Features.Scheduling.Calendar;

/// <summary>
/// The team's Microsoft 365 calendar. When Graph is not configured (<see cref="IsConfigured"/> false) scheduling keeps the
/// series itself and announces sessions in the channel; every call then answers <see cref="CalendarStatus.NotConfigured"/>.
/// Implementations never throw for Graph answers: they map them to a <see cref="CalendarResult"/>.
/// </summary>
public interface ITeamCalendar
{
    bool IsConfigured { get; }

    /// <summary>Creates the recurring series (with a Teams meeting) and applies the holiday exceptions.</summary>
    Task<CalendarResult> CreateSeriesAsync(CalendarSeries series, CancellationToken cancellationToken);

    /// <summary>Changes an existing series to the new plan (times, recurrence, end date, exceptions).</summary>
    Task<CalendarResult> UpdateSeriesAsync(CalendarEventRef existing, CalendarSeries series, CancellationToken cancellationToken);

    /// <summary>Cancels the whole series; attendees get <paramref name="comment"/>.</summary>
    Task<CalendarResult> CancelSeriesAsync(CalendarEventRef existing, string comment, CancellationToken cancellationToken);
}
