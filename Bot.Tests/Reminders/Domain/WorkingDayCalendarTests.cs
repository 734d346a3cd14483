using System.Globalization;
using IntervisieBot.Features.Reminders.Domain;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Tests.Reminders.Domain;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = new();

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    [Theory]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2030, "2030-04-21")]
    [InlineData(2031, "2031-04-13")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2038, "2038-04-25")]
    public void EasterSunday_KnownYears_MatchesPublishedDate(int year, string expected) =>
        Assert.Equal(D(expected), WorkingDayCalendar.EasterSunday(year));

    [Theory]
    // 2026
    [InlineData("2026-01-01", DutchHoliday.Nieuwjaarsdag)]
    [InlineData("2026-04-05", DutchHoliday.EerstePaasdag)]
    [InlineData("2026-04-06", DutchHoliday.TweedePaasdag)]
    [InlineData("2026-04-27", DutchHoliday.Koningsdag)]
    [InlineData("2026-05-05", DutchHoliday.Bevrijdingsdag)]
    [InlineData("2026-05-14", DutchHoliday.Hemelvaartsdag)]
    [InlineData("2026-05-24", DutchHoliday.EerstePinksterdag)]
    [InlineData("2026-05-25", DutchHoliday.TweedePinksterdag)]
    [InlineData("2026-12-25", DutchHoliday.EersteKerstdag)]
    [InlineData("2026-12-26", DutchHoliday.TweedeKerstdag)]
    // 2027
    [InlineData("2027-01-01", DutchHoliday.Nieuwjaarsdag)]
    [InlineData("2027-03-28", DutchHoliday.EerstePaasdag)]
    [InlineData("2027-03-29", DutchHoliday.TweedePaasdag)]
    [InlineData("2027-04-27", DutchHoliday.Koningsdag)]
    [InlineData("2027-05-05", DutchHoliday.Bevrijdingsdag)]
    [InlineData("2027-05-06", DutchHoliday.Hemelvaartsdag)]
    [InlineData("2027-05-16", DutchHoliday.EerstePinksterdag)]
    [InlineData("2027-05-17", DutchHoliday.TweedePinksterdag)]
    [InlineData("2027-12-25", DutchHoliday.EersteKerstdag)]
    [InlineData("2027-12-26", DutchHoliday.TweedeKerstdag)]
    // 2028
    [InlineData("2028-01-01", DutchHoliday.Nieuwjaarsdag)]
    [InlineData("2028-04-16", DutchHoliday.EerstePaasdag)]
    [InlineData("2028-04-17", DutchHoliday.TweedePaasdag)]
    [InlineData("2028-04-27", DutchHoliday.Koningsdag)]
    [InlineData("2028-05-05", DutchHoliday.Bevrijdingsdag)]
    [InlineData("2028-05-25", DutchHoliday.Hemelvaartsdag)]
    [InlineData("2028-06-04", DutchHoliday.EerstePinksterdag)]
    [InlineData("2028-06-05", DutchHoliday.TweedePinksterdag)]
    [InlineData("2028-12-25", DutchHoliday.EersteKerstdag)]
    [InlineData("2028-12-26", DutchHoliday.TweedeKerstdag)]
    // 2029
    [InlineData("2029-01-01", DutchHoliday.Nieuwjaarsdag)]
    [InlineData("2029-04-01", DutchHoliday.EerstePaasdag)]
    [InlineData("2029-04-02", DutchHoliday.TweedePaasdag)]
    [InlineData("2029-04-27", DutchHoliday.Koningsdag)]
    [InlineData("2029-05-05", DutchHoliday.Bevrijdingsdag)]
    [InlineData("2029-05-10", DutchHoliday.Hemelvaartsdag)]
    [InlineData("2029-05-20", DutchHoliday.EerstePinksterdag)]
    [InlineData("2029-05-21", DutchHoliday.TweedePinksterdag)]
    [InlineData("2029-12-25", DutchHoliday.EersteKerstdag)]
    [InlineData("2029-12-26", DutchHoliday.TweedeKerstdag)]
    // 2030
    [InlineData("2030-01-01", DutchHoliday.Nieuwjaarsdag)]
    [InlineData("2030-04-21", DutchHoliday.EerstePaasdag)]
    [InlineData("2030-04-22", DutchHoliday.TweedePaasdag)]
    [InlineData("2030-04-27", DutchHoliday.Koningsdag)]
    [InlineData("2030-05-05", DutchHoliday.Bevrijdingsdag)]
    [InlineData("2030-05-30", DutchHoliday.Hemelvaartsdag)]
    [InlineData("2030-06-09", DutchHoliday.EerstePinksterdag)]
    [InlineData("2030-06-10", DutchHoliday.TweedePinksterdag)]
    [InlineData("2030-12-25", DutchHoliday.EersteKerstdag)]
    [InlineData("2030-12-26", DutchHoliday.TweedeKerstdag)]
    // Koningsdag on a Sunday moves to Saturday 26 April
    [InlineData("2031-04-26", DutchHoliday.Koningsdag)]
    public void HolidayOn_DutchPublicHoliday_IsRecognisedAndNotAWorkingDay(string date, DutchHoliday expected)
    {
        Assert.Equal(expected, Calendar.HolidayOn(D(date))?.Holiday);
        Assert.False(Calendar.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    public void HolidaysOf_DefaultRules_TenDaysWithoutGoedeVrijdag(int year)
    {
        var days = Calendar.HolidaysOf(year);
        Assert.Equal(10, days.Count);
        Assert.DoesNotContain(days, d => d.Holiday == DutchHoliday.GoedeVrijdag);
        Assert.Equal(days.OrderBy(d => d.Date), days);
    }

    [Fact]
    public void HolidayOn_Koningsdag2031_NotOnSunday27th()
    {
        Assert.Equal(DayOfWeek.Sunday, D("2031-04-27").DayOfWeek);
        Assert.Null(Calendar.HolidayOn(D("2031-04-27")));
    }

    [Theory]
    [InlineData("2026-04-03")]
    [InlineData("2027-03-26")]
    [InlineData("2030-04-19")]
    public void IsWorkingDay_GoedeVrijdag_WorkingByDefaultOffWhenConfigured(string date)
    {
        Assert.True(Calendar.IsWorkingDay(D(date)));
        var withGoodFriday = new WorkingDayCalendar(Options.Create(new WorkingDayCalendarOptions { GoedeVrijdagIsHoliday = true }));
        Assert.Equal(DutchHoliday.GoedeVrijdag, withGoodFriday.HolidayOn(D(date))?.Holiday);
    }

    [Theory]
    [InlineData(2026, true)]
    [InlineData(2029, true)]
    [InlineData(2030, false)]
    [InlineData(2035, false)]
    public void IsWorkingDay_BevrijdingsdagLustrumOnly_WorkingOutsideLustrumYears(int year, bool working)
    {
        var lustrum = new WorkingDayCalendar(Options.Create(new WorkingDayCalendarOptions { Bevrijdingsdag = BevrijdingsdagRule.LustrumYearsOnly }));
        var date = new DateOnly(year, 5, 5);
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return;
        Assert.Equal(working, lustrum.IsWorkingDay(date));
        Assert.False(Calendar.IsWorkingDay(date));
    }

    [Theory]
    [InlineData("2026-06-13")] // Saturday
    [InlineData("2026-06-14")] // Sunday
    public void IsWorkingDay_Weekend_False(string date) => Assert.False(Calendar.IsWorkingDay(D(date)));

    [Theory]
    // Inside the window on a working day: unchanged (Wednesday 10:00 CEST = 08:00 UTC).
    [InlineData("2026-06-10T08:00:00Z", "2026-06-10T08:00:00Z")]
    // Before 08:30 local (CEST, UTC+2): 08:30 the same day = 06:30 UTC.
    [InlineData("2026-06-10T04:00:00Z", "2026-06-10T06:30:00Z")]
    // Exactly 08:30 local is inside.
    [InlineData("2026-06-10T06:30:00Z", "2026-06-10T06:30:00Z")]
    // 16:59 local inside; 17:00 local (15:00 UTC) is outside → next day 08:30.
    [InlineData("2026-06-10T14:59:00Z", "2026-06-10T14:59:00Z")]
    [InlineData("2026-06-10T15:00:00Z", "2026-06-11T06:30:00Z")]
    // Friday 17:00 local → Monday 08:30.
    [InlineData("2026-06-12T15:00:00Z", "2026-06-15T06:30:00Z")]
    // Winter (CET, UTC+1): Friday 17:00 local = 16:00 UTC → Monday 08:30 = 07:30 UTC.
    [InlineData("2026-01-16T16:00:00Z", "2026-01-19T07:30:00Z")]
    // DST spring: Friday 27 March 2026 17:00 CET → Monday 30 March 08:30 CEST = 06:30 UTC.
    [InlineData("2026-03-27T16:00:00Z", "2026-03-30T06:30:00Z")]
    // On the switch night itself (Sunday 29 March 2026, 01:30 UTC = 03:30 CEST).
    [InlineData("2026-03-29T01:30:00Z", "2026-03-30T06:30:00Z")]
    // DST autumn: Friday 23 October 2026 17:00 CEST → Monday 26 October 08:30 CET = 07:30 UTC.
    [InlineData("2026-10-23T15:00:00Z", "2026-10-26T07:30:00Z")]
    // Switch night 25 October 2026, 01:30 UTC = 02:30 CET (second pass).
    [InlineData("2026-10-25T01:30:00Z", "2026-10-26T07:30:00Z")]
    // DST 2027 (28 March / 31 October) and 2030 (31 March / 27 October).
    [InlineData("2027-03-26T16:00:00Z", "2027-03-30T06:30:00Z")] // switch on Easter Sunday; Monday 29 is Tweede Paasdag → Tue
    [InlineData("2027-10-29T15:00:00Z", "2027-11-01T07:30:00Z")]
    [InlineData("2030-03-29T16:00:00Z", "2030-04-01T06:30:00Z")]
    [InlineData("2030-10-25T15:00:00Z", "2030-10-28T07:30:00Z")]
    // Evenings before holidays.
    [InlineData("2026-12-24T16:00:00Z", "2026-12-28T07:30:00Z")] // Thursday 24 Dec 17:00 → Kerst, weekend → Mon 28
    [InlineData("2026-04-02T16:00:00Z", "2026-04-03T06:30:00Z")] // Thursday before Easter → Goede Vrijdag (working by default)
    [InlineData("2026-04-03T15:00:00Z", "2026-04-07T06:30:00Z")] // Goede Vrijdag 17:00 → Easter weekend, Tweede Paasdag → Tue
    [InlineData("2026-05-13T15:30:00Z", "2026-05-15T06:30:00Z")] // Wednesday before Hemelvaart → Friday
    [InlineData("2026-04-24T15:00:00Z", "2026-04-28T06:30:00Z")] // Friday before Koningsdag Monday → Tuesday
    [InlineData("2026-12-31T16:00:00Z", "2027-01-04T07:30:00Z")] // Oudejaarsavond → Nieuwjaarsdag Friday, weekend → Mon 4 Jan
    [InlineData("2026-05-04T15:00:00Z", "2026-05-06T06:30:00Z")] // Monday 4 May 17:00 → Bevrijdingsdag → Wednesday
    public void NextSendableAt_Instant_MovesIntoWindowOnWorkingDay(string instant, string expected)
        => Assert.Equal(Utc(expected), Calendar.NextSendableAt(Utc(instant)));

    [Theory]
    // Friday 10:00 CET + 1 working day across the spring DST switch → Monday 10:00 CEST = 08:00 UTC.
    [InlineData("2026-03-27T09:00:00Z", 1, "2026-03-30T08:00:00Z")]
    // Friday 10:00 CEST + 1 across the autumn switch → Monday 10:00 CET = 09:00 UTC.
    [InlineData("2026-10-23T08:00:00Z", 1, "2026-10-26T09:00:00Z")]
    // Five working days over Hemelvaart (Thu 14 May 2026): Tue 12 May → Wed 13, Fri 15, Mon 18, Tue 19, Wed 20.
    [InlineData("2026-05-12T08:00:00Z", 5, "2026-05-20T08:00:00Z")]
    // Five working days over Christmas: Wed 23 Dec 2026 → 24, 28, 29, 30, 31 Dec.
    [InlineData("2026-12-23T09:00:00Z", 5, "2026-12-31T09:00:00Z")]
    // Evening start (18:00 local) keeps its time and is then moved into the window: next day's 08:30 after the target.
    [InlineData("2026-06-10T16:00:00Z", 1, "2026-06-12T06:30:00Z")]
    // Zero days: just the window.
    [InlineData("2026-06-13T10:00:00Z", 0, "2026-06-15T06:30:00Z")]
    public void AddWorkingDays_Instant_SkipsWeekendsAndHolidays(string instant, int days, string expected) =>
        Assert.Equal(Utc(expected), Calendar.AddWorkingDays(Utc(instant), days));

    [Fact]
    public void NextSendableAt_ResultIsAlwaysInsideWindowOnAWorkingDay()
    {
        var zone = Calendar.TimeZone;
        for (var instant = Utc("2026-01-01T00:00:00Z"); instant < Utc("2027-01-01T00:00:00Z"); instant = instant.AddMinutes(97))
        {
            var result = Calendar.NextSendableAt(instant);
            var local = TimeZoneInfo.ConvertTime(result, zone);
            Assert.True(result >= instant);
            Assert.True(Calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)), $"{instant:o} -> {result:o}");
            Assert.InRange(TimeOnly.FromDateTime(local.DateTime), new TimeOnly(8, 30), new TimeOnly(16, 59, 59));
        }
    }
}
