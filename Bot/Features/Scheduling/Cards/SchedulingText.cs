using System.Globalization;
using IntervisieBot.Features.Scheduling.Domain;

namespace IntervisieBot.Features.Scheduling.Cards;

/// <summary>Dates, times and the rhythm sentence as the scheduling cards show them.</summary>
public static class SchedulingText
{
    public static string Date(DateOnly date, CultureInfo culture) =>
        date.ToString(SchedulingStrings.DateFormat(culture), culture);

    public static string LongDate(DateOnly date, CultureInfo culture) =>
        date.ToString(SchedulingStrings.DateFormatLong(culture), culture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Weekday(DayOfWeek day, CultureInfo culture) => culture.DateTimeFormat.GetDayName(day);

    /// <summary>"donderdag 12 maart, 14:00–15:30".</summary>
    public static string When(DateOnly date, SeriesPlan plan, CultureInfo culture) =>
        SchedulingStrings.SessionWhen(culture, Date(date, culture), Time(plan.StartTime), Time(plan.StartTime.AddMinutes(plan.DurationMinutes)));

    /// <summary>"elke 2 weken op donderdag om 14:00 (90 minuten), vanaf donderdag 12 maart 2026".</summary>
    public static string Rhythm(SeriesPlan plan, CultureInfo culture)
    {
        var every = plan.IntervalWeeks switch
        {
            1 => SchedulingStrings.RhythmEvery1(culture),
            2 => SchedulingStrings.RhythmEvery2(culture),
            _ => SchedulingStrings.RhythmEvery4(culture),
        };
        var text = SchedulingStrings.Rhythm(culture, every, Weekday(plan.Weekday, culture), Time(plan.StartTime), plan.DurationMinutes, LongDate(plan.FirstDate, culture));
        return plan.EndDate is { } end ? SchedulingStrings.RhythmUntil(culture, text, LongDate(end, culture)) : text;
    }

    /// <summary>One line of the next-sessions list, holiday shifts and skips marked.</summary>
    public static string OccurrenceLine(SessionOccurrence occurrence, SeriesPlan plan, CultureInfo culture)
    {
        var holiday = occurrence.Holiday is { } h ? SchedulingStrings.Holiday(h, culture) : "";
        if (occurrence.Date is not { } date) return SchedulingStrings.SessionSkipped(culture, Date(occurrence.RegularDate, culture), holiday);
        var when = When(date, plan, culture);
        return occurrence.IsMoved ? SchedulingStrings.SessionMoved(culture, when, Date(occurrence.RegularDate, culture), holiday) : when;
    }
}
