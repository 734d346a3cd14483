using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;

namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>
/// A series' health in counts, pure: sessions planned up to now (their start time passed), sessions held (a round started in
/// the channel on a planned session's day; the first of that day counts), the average attendance of those rounds, and the
/// lessons that came from the series' rounds (counted by the caller).
/// </summary>
public static class SeriesHealthRules
{
    /// <summary>
    /// From when the channel's rounds belong to the series: when it was planned, or its first day for a series stored without
    /// that moment (or planned after its first day).
    /// </summary>
    public static DateTimeOffset CountsSince(SeriesPlan plan, DateTimeOffset createdAt, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(zone);
        var firstDay = plan.FirstDate.ToDateTime(TimeOnly.MinValue);
        var planStart = new DateTimeOffset(firstDay, zone.GetUtcOffset(firstDay));
        return createdAt > DateTimeOffset.MinValue && createdAt < planStart ? createdAt : planStart;
    }

    public static SeriesHealth Count(SeriesPlan plan, WorkingDayCalendar calendar, DateTime localNow, IReadOnlyList<SeriesRound> rounds, int lessons)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(rounds);
        var planned = SeriesOccurrences.Between(plan, calendar, plan.FirstDate, DateOnly.FromDateTime(localNow))
            .Where(o => o.Date is { } d && d.ToDateTime(plan.StartTime) <= localNow)
            .Select(o => o.Date!.Value)
            .ToHashSet();
        var held = new Dictionary<DateOnly, SeriesRound>();
        foreach (var round in rounds.OrderBy(r => r.StartedAt))
        {
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(round.StartedAt, calendar.TimeZone).DateTime);
            if (planned.Contains(day)) held.TryAdd(day, round);
        }
        return new SeriesHealth(planned.Count, held.Count, held.Count == 0 ? null : held.Values.Average(r => r.Attendance), lessons);
    }
}
