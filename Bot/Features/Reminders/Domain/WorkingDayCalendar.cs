using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Reminders.Domain;

/// <summary>
/// Dutch working days and the reminder window (default 08:30–17:00 Europe/Amsterdam). Public holidays are computed
/// per year (Easter by the anonymous Gregorian algorithm), never taken from a year list. Weekends are never working days.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly WorkingDayCalendarOptions _options;
    private readonly TimeZoneInfo _zone;
    private readonly ConcurrentDictionary<int, IReadOnlyList<PublicHoliday>> _years = new();

    public WorkingDayCalendar(IOptions<WorkingDayCalendarOptions> options)
    {
        _options = options.Value;
        if (_options.WindowStart >= _options.WindowEnd)
        {
            throw new OptionsValidationException(WorkingDayCalendarOptions.SectionName, typeof(WorkingDayCalendarOptions), ["WindowStart must be before WindowEnd."]);
        }
        _zone = TimeZoneInfo.FindSystemTimeZoneById(_options.TimeZoneId);
    }

    public WorkingDayCalendar() : this(Options.Create(new WorkingDayCalendarOptions()))
    {
    }

    public TimeZoneInfo TimeZone => _zone;

    /// <summary>Easter Sunday of <paramref name="year"/> (Gregorian calendar; anonymous "Meeus/Jones/Butcher" algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The public holidays of <paramref name="year"/> under the configured rules, in date order.</summary>
    public IReadOnlyList<PublicHoliday> HolidaysOf(int year) => _years.GetOrAdd(year, Compute);

    public PublicHoliday? HolidayOn(DateOnly date) => HolidaysOf(date.Year).FirstOrDefault(h => h.Date == date);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && HolidayOn(date) is null;

    /// <summary>
    /// <paramref name="instant"/> itself when it lies inside the window on a working day; otherwise the start of the
    /// window on the next working day (local time converted to the right UTC offset, DST included).
    /// </summary>
    public DateTimeOffset NextSendableAt(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, _zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (IsWorkingDay(date))
        {
            if (time < _options.WindowStart) return WindowStartOn(date);
            if (time < _options.WindowEnd) return instant;
        }
        return WindowStartOn(NextWorkingDayAfter(date));
    }

    /// <summary>
    /// The same local time of day <paramref name="workingDays"/> working days after the local date of
    /// <paramref name="instant"/>, moved into the window (<see cref="NextSendableAt"/>). Zero days: just the window.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset instant, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var local = TimeZoneInfo.ConvertTime(instant, _zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        for (var i = 0; i < workingDays; i++) date = NextWorkingDayAfter(date);
        if (workingDays == 0) return NextSendableAt(instant);
        var target = date.ToDateTime(TimeOnly.FromDateTime(local.DateTime), DateTimeKind.Unspecified);
        if (_zone.IsInvalidTime(target)) target = target.AddHours(1); // inside a spring-forward gap
        return NextSendableAt(new DateTimeOffset(target, _zone.GetUtcOffset(target)));
    }

    private DateOnly NextWorkingDayAfter(DateOnly date)
    {
        do date = date.AddDays(1);
        while (!IsWorkingDay(date));
        return date;
    }

    private DateTimeOffset WindowStartOn(DateOnly date)
    {
        var local = date.ToDateTime(_options.WindowStart, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }

    private List<PublicHoliday> Compute(int year)
    {
        var easter = EasterSunday(year);
        var kingsDay = new DateOnly(year, 4, 27);
        if (kingsDay.DayOfWeek == DayOfWeek.Sunday) kingsDay = kingsDay.AddDays(-1);
        List<PublicHoliday> days =
        [
            new(new DateOnly(year, 1, 1), DutchHoliday.Nieuwjaarsdag),
            new(easter, DutchHoliday.EerstePaasdag),
            new(easter.AddDays(1), DutchHoliday.TweedePaasdag),
            new(kingsDay, DutchHoliday.Koningsdag),
            new(easter.AddDays(39), DutchHoliday.Hemelvaartsdag),
            new(easter.AddDays(49), DutchHoliday.EerstePinksterdag),
            new(easter.AddDays(50), DutchHoliday.TweedePinksterdag),
            new(new DateOnly(year, 12, 25), DutchHoliday.EersteKerstdag),
            new(new DateOnly(year, 12, 26), DutchHoliday.TweedeKerstdag),
        ];
        if (_options.GoedeVrijdagIsHoliday) days.Add(new(easter.AddDays(-2), DutchHoliday.GoedeVrijdag));
        if (_options.Bevrijdingsdag == BevrijdingsdagRule.EveryYear || year % 5 == 0)
        {
            days.Add(new(new DateOnly(year, 5, 5), DutchHoliday.Bevrijdingsdag));
        }
        days.Sort((x, y) => x.Date.CompareTo(y.Date));
        return days;
    }
}
