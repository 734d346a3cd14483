
namespace IntervisieBot.Features.Scheduling.Calendar;

/// <summary>
/// The calendar's answer. <paramref name="MissingPermission"/> names the Graph application permission that was refused
/// (for a clear message to the teamleider and in the log); <paramref name="JoinUrl"/> is the Teams meeting link.
/// </summary>
public sealed record CalendarResult(
    CalendarStatus Status,
    CalendarEventRef? Event = null,
    string? JoinUrl = null,
    string? MissingPermission = null,
    TimeSpan? RetryAfter = null)
{
    public bool Succeeded => Status == CalendarStatus.Succeeded;

    public static CalendarResult NotConfigured { get; } = new(CalendarStatus.NotConfigured);
}
