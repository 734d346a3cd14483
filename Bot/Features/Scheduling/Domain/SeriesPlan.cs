
namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>
/// A team's intervisie rhythm as the teamleider planned it. Times are Europe/Amsterdam wall-clock times; every
/// field has passed <see cref="SeriesPlanValidator"/>.
/// </summary>
/// <param name="IntervalWeeks">1, 2 or 4.</param>
/// <param name="FirstDate">The first session; falls on <paramref name="Weekday"/>.</param>
/// <param name="EndDate">No sessions after this date; null for an open-ended series.</param>
public sealed record SeriesPlan(
    int IntervalWeeks,
    DayOfWeek Weekday,
    TimeOnly StartTime,
    int DurationMinutes,
    string MethodId,
    DateOnly FirstDate,
    DateOnly? EndDate,
    HolidayHandling Holidays);
