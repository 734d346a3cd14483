
namespace IntervisieBot.Features.Scheduling.Calendar;

/// <summary>
/// A planned intervisie series as the calendar needs it. Times are Europe/Amsterdam wall-clock times. Subject and body are
/// the bot's own texts (never user free text).
/// </summary>
/// <param name="GroupId">The team's Microsoft 365 group (channelData.team.aadGroupId).</param>
/// <param name="OrganizerUserId">Entra object id of the teamleider who planned the series (the event lives in their mailbox).</param>
/// <param name="IntervalWeeks">1, 2 or 4.</param>
/// <param name="Exceptions">Occurrences that fall on a Dutch public holiday: moved to another date or skipped.</param>
public sealed record CalendarSeries(
    string TenantId,
    string GroupId,
    string OrganizerUserId,
    string Subject,
    string Body,
    DateOnly FirstDate,
    DateOnly? EndDate,
    TimeOnly StartTime,
    int DurationMinutes,
    int IntervalWeeks,
    DayOfWeek Weekday,
    IReadOnlyList<OccurrenceChange> Exceptions);
