
namespace IntervisieBot.Features.Scheduling.Calendar;

/// <summary>The calendar when Microsoft Graph is not configured: scheduling keeps the series itself.</summary>
public sealed class NoTeamCalendar : ITeamCalendar
{
    public bool IsConfigured => false;

    public Task<CalendarResult> CreateSeriesAsync(CalendarSeries series, CancellationToken cancellationToken) =>
        Task.FromResult(CalendarResult.NotConfigured);

    public Task<CalendarResult> UpdateSeriesAsync(CalendarEventRef existing, CalendarSeries series, CancellationToken cancellationToken) =>
        Task.FromResult(CalendarResult.NotConfigured);

    public Task<CalendarResult> CancelSeriesAsync(CalendarEventRef existing, string comment, CancellationToken cancellationToken) =>
        Task.FromResult(CalendarResult.NotConfigured);
}
