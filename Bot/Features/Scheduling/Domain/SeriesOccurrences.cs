using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Scheduling.Calendar;

namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>
/// The sessions of a <see cref="SeriesPlan"/>: every <c>IntervalWeeks</c> weeks from the first date up to the end date,
/// with Dutch public holidays (from <see cref="WorkingDayCalendar"/>) moved to the next working day or skipped as the plan
/// says. Pure: no clock, no storage.
/// </summary>
public static class SeriesOccurrences
{
    /// <summary>How far ahead exceptions are computed for an open-ended series (the calendar needs a finite list).</summary>
    public const int OpenEndedHorizonDays = 366;

    /// <summary>All occurrences (skipped ones included) whose regular date lies in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static IReadOnlyList<SessionOccurrence> Between(SeriesPlan plan, WorkingDayCalendar calendar, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(calendar);
        var step = 7 * plan.IntervalWeeks;
        var last = plan.EndDate is { } end && end < to ? end : to;
        var result = new List<SessionOccurrence>();
        var number = from <= plan.FirstDate ? 0 : (from.DayNumber - plan.FirstDate.DayNumber + step - 1) / step;
        for (var regular = plan.FirstDate.AddDays(number * step); regular <= last; regular = regular.AddDays(step), number++)
        {
            result.Add(Occurrence(plan, calendar, number, regular));
        }
        return result;
    }

    /// <summary>Whether the session on <paramref name="date"/> is over (its start plus its duration passed): its cards no longer change it.</summary>
    public static bool IsOver(SeriesPlan plan, DateOnly date, DateTime localNow)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return date.ToDateTime(plan.StartTime).AddMinutes(plan.DurationMinutes) < localNow;
    }

    /// <summary>The occurrence held on <paramref name="date"/> (a moved session counts on the day it moved to), or null.</summary>
    public static SessionOccurrence? On(SeriesPlan plan, WorkingDayCalendar calendar, DateOnly date) =>
        Between(plan, calendar, date.AddDays(-7), date).FirstOrDefault(o => o.Date == date);

    /// <summary>
    /// The next <paramref name="count"/> sessions that are held (skipped ones left out) whose start lies after
    /// <paramref name="after"/> (local wall-clock date and time).
    /// </summary>
    public static IReadOnlyList<SessionOccurrence> NextHeld(SeriesPlan plan, WorkingDayCalendar calendar, DateTime after, int count)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var result = new List<SessionOccurrence>();
        var from = DateOnly.FromDateTime(after).AddDays(-7); // a moved session can be held after its regular date
        var step = 7 * plan.IntervalWeeks;
        while (result.Count < count)
        {
            var to = from.AddDays(step * Math.Max(count, 4));
            if (plan.EndDate is { } end && from > end) break;
            foreach (var occurrence in Between(plan, calendar, from, to))
            {
                if (occurrence.Date is { } date && date.ToDateTime(plan.StartTime) > after && result.Count < count
                    && !result.Any(r => r.Number == occurrence.Number))
                {
                    result.Add(occurrence);
                }
            }
            from = to.AddDays(1);
        }
        return result;
    }

    /// <summary>
    /// The calendar exceptions (moved or skipped occurrences) from the first date up to the end date, or up to
    /// <see cref="OpenEndedHorizonDays"/> after <paramref name="today"/> for an open-ended series.
    /// </summary>
    public static IReadOnlyList<OccurrenceChange> Changes(SeriesPlan plan, WorkingDayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var until = plan.EndDate ?? (today > plan.FirstDate ? today : plan.FirstDate).AddDays(OpenEndedHorizonDays);
        return
        [
            .. Between(plan, calendar, plan.FirstDate, until)
                .Where(o => o.IsSkipped || o.IsMoved)
                .Select(o => new OccurrenceChange(o.RegularDate, o.Date)),
        ];
    }

    /// <summary>The working day <paramref name="workingDays"/> working days before <paramref name="date"/>.</summary>
    public static DateOnly WorkingDaysBefore(WorkingDayCalendar calendar, DateOnly date, int workingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        for (var i = 0; i < workingDays; i++)
        {
            do date = date.AddDays(-1);
            while (!calendar.IsWorkingDay(date));
        }
        return date;
    }

    private static SessionOccurrence Occurrence(SeriesPlan plan, WorkingDayCalendar calendar, int number, DateOnly regular)
    {
        if (calendar.HolidayOn(regular) is not { } holiday) return new SessionOccurrence(number, regular, regular, null);
        if (plan.Holidays == HolidayHandling.Skip) return new SessionOccurrence(number, regular, null, holiday.Holiday);
        var moved = regular;
        do moved = moved.AddDays(1);
        while (!calendar.IsWorkingDay(moved));
        // Never onto or past the next regular session: then it is skipped (cannot happen with Dutch holidays, kept as a guard).
        return moved >= regular.AddDays(7 * plan.IntervalWeeks)
            ? new SessionOccurrence(number, regular, null, holiday.Holiday)
            : new SessionOccurrence(number, regular, moved, holiday.Holiday);
    }
}
