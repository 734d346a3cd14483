using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Scheduling;
using IntervisieBot.Features.Scheduling.Calendar;
using IntervisieBot.Features.Scheduling.Domain;

namespace IntervisieBot.Tests.Scheduling.Domain;

public sealed class SeriesOccurrencesTests
{
    private static readonly WorkingDayCalendar Calendar = new();

    private static SeriesPlan Plan(string first, int weeks = 1, HolidayHandling holidays = HolidayHandling.Move, string? end = null)
    {
        var date = DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        return new SeriesPlan(weeks, date.DayOfWeek, new TimeOnly(14, 0), 90, "vijfstappenmethode", date,
            end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), holidays);
    }

    private static DateOnly D(string value) => DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // first regular date of a weekly series, the holiday date, where it moves to (null = skipped)
    [InlineData("2026-04-20", "2026-04-27", "move", "2026-04-28", DutchHoliday.Koningsdag)]          // Koningsdag on a Monday
    [InlineData("2026-04-20", "2026-04-27", "skip", null, DutchHoliday.Koningsdag)]
    [InlineData("2026-05-07", "2026-05-14", "move", "2026-05-15", DutchHoliday.Hemelvaartsdag)]      // Hemelvaart, Thursday
    [InlineData("2026-05-18", "2026-05-25", "move", "2026-05-26", DutchHoliday.TweedePinksterdag)]   // Pinkstermaandag
    [InlineData("2026-05-18", "2026-05-25", "skip", null, DutchHoliday.TweedePinksterdag)]
    [InlineData("2025-12-18", "2025-12-25", "move", "2025-12-29", DutchHoliday.EersteKerstdag)]      // Thu 25 + Fri 26 → Monday 29
    [InlineData("2026-12-18", "2026-12-25", "move", "2026-12-28", DutchHoliday.EersteKerstdag)]      // Friday Christmas → Monday
    [InlineData("2025-12-26", "2026-01-02", "move", "2026-01-02", null)]                             // Friday after New Year: no holiday
    [InlineData("2025-12-25", "2026-01-01", "move", "2026-01-02", DutchHoliday.Nieuwjaarsdag)]       // over the year boundary
    [InlineData("2026-04-28", "2026-05-05", "move", "2026-05-06", DutchHoliday.Bevrijdingsdag)]      // CAO Gemeenten: every year
    [InlineData("2026-03-30", "2026-04-06", "move", "2026-04-07", DutchHoliday.TweedePaasdag)]
    public void Between_HolidayOnRegularDate_MovedOrSkippedPerPlan(string first, string regular, string handling, string? expected, DutchHoliday? holiday)
    {
        var plan = Plan(first, holidays: handling == "skip" ? HolidayHandling.Skip : HolidayHandling.Move);

        var occurrence = SeriesOccurrences.Between(plan, Calendar, D(regular), D(regular)).Single();

        Assert.Equal(D(regular), occurrence.RegularDate);
        Assert.Equal(expected is null ? null : D(expected), occurrence.Date);
        Assert.Equal(holiday, occurrence.Holiday);
    }

    [Fact]
    public void Between_KoningsdagOnSunday_IsSaturday26AndNeverShiftsAWeekdaySession()
    {
        // 27 April 2025 is a Sunday: Koningsdag is Saturday 26 April, so the Friday and Monday around it are normal sessions.
        Assert.Equal(DutchHoliday.Koningsdag, Calendar.HolidayOn(D("2025-04-26"))?.Holiday);
        var friday = SeriesOccurrences.Between(Plan("2025-04-18"), Calendar, D("2025-04-25"), D("2025-04-25")).Single();
        var monday = SeriesOccurrences.Between(Plan("2025-04-21"), Calendar, D("2025-04-28"), D("2025-04-28")).Single();

        Assert.Equal(D("2025-04-25"), friday.Date);
        Assert.Equal(D("2025-04-28"), monday.Date);
        Assert.Null(monday.Holiday);
    }

    [Fact]
    public void Between_EveryFourWeeksThroughTheYear_StepsFourWeeksAndShiftsHolidays()
    {
        var plan = Plan("2026-01-05", weeks: 4);

        var dates = SeriesOccurrences.Between(plan, Calendar, D("2026-01-01"), D("2026-06-30")).Select(o => o.Date).ToList();

        Assert.Equal(
            new DateOnly?[] { D("2026-01-05"), D("2026-02-02"), D("2026-03-02"), D("2026-03-30"), D("2026-04-28"), D("2026-05-26"), D("2026-06-22") },
            dates);
    }

    [Fact]
    public void Between_EndDate_IsInclusiveAndNothingAfterIt()
    {
        var plan = Plan("2026-03-05", weeks: 2, end: "2026-04-02");

        var dates = SeriesOccurrences.Between(plan, Calendar, D("2026-01-01"), D("2026-12-31")).Select(o => o.RegularDate).ToList();

        Assert.Equal([D("2026-03-05"), D("2026-03-19"), D("2026-04-02")], dates);
    }

    [Fact]
    public void Between_FromMidSeries_StartsAtTheNextRegularDate()
    {
        var plan = Plan("2026-03-05", weeks: 2);

        var first = SeriesOccurrences.Between(plan, Calendar, D("2026-03-06"), D("2026-12-31"))[0];

        Assert.Equal(D("2026-03-19"), first.RegularDate);
        Assert.Equal(1, first.Number);
    }

    [Fact]
    public void Changes_OverAYear_ListsEveryHolidayExceptionOnly()
    {
        var plan = Plan("2026-01-05", weeks: 1, end: "2026-12-31"); // Mondays

        var changes = SeriesOccurrences.Changes(plan, Calendar, D("2026-01-01"));

        Assert.Equal(
            [
                new OccurrenceChange(D("2026-04-06"), D("2026-04-07")), // Tweede Paasdag
                new OccurrenceChange(D("2026-04-27"), D("2026-04-28")), // Koningsdag
                new OccurrenceChange(D("2026-05-25"), D("2026-05-26")), // Tweede Pinksterdag
            ],
            changes);
    }

    [Fact]
    public void Changes_Skipping_HasNoMovedDate()
    {
        var plan = Plan("2026-05-07", holidays: HolidayHandling.Skip, end: "2026-05-21");

        var change = Assert.Single(SeriesOccurrences.Changes(plan, Calendar, D("2026-05-01")));

        Assert.Equal(new OccurrenceChange(D("2026-05-14"), null), change);
    }

    [Fact]
    public void NextHeld_AfterAMovedSessionsRegularDate_StillReturnsTheMovedSession()
    {
        var plan = Plan("2026-04-20"); // Koningsdag Monday 27 → Tuesday 28

        var next = SeriesOccurrences.NextHeld(plan, Calendar, new DateTime(2026, 4, 27, 15, 0, 0), 2);

        Assert.Equal([D("2026-04-28"), D("2026-05-04")], next.Select(o => o.Date!.Value));
    }

    [Fact]
    public void NextHeld_SkippedSessions_AreLeftOutAndEndDateRespected()
    {
        var plan = Plan("2026-05-07", holidays: HolidayHandling.Skip, end: "2026-05-28");

        var next = SeriesOccurrences.NextHeld(plan, Calendar, new DateTime(2026, 5, 8, 0, 0, 0), 10);

        Assert.Equal([D("2026-05-21"), D("2026-05-28")], next.Select(o => o.Date!.Value));
    }

    [Theory]
    [InlineData("2026-03-12", 3, "2026-03-09")] // Thursday → Monday
    [InlineData("2026-03-09", 3, "2026-03-04")] // Monday → Wednesday before, over the weekend
    [InlineData("2026-04-28", 3, "2026-04-22")] // Tuesday after Koningsdag: Mon 27 is no working day
    [InlineData("2026-04-28", 2, "2026-04-23")]
    [InlineData("2026-01-05", 2, "2025-12-31")] // over New Year
    public void WorkingDaysBefore_SkipsWeekendsAndHolidays(string session, int days, string expected)
    {
        Assert.Equal(D(expected), SeriesOccurrences.WorkingDaysBefore(Calendar, D(session), days));
    }
}
