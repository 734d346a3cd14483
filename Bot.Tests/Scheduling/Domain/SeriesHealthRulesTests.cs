using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Scheduling.Domain;

namespace IntervisieBot.Tests.Scheduling.Domain;

/// <summary>A series' health in counts, decided without storage: planned, held, attendance, and which rounds belong to it.</summary>
public sealed class SeriesHealthRulesTests
{
    private static readonly WorkingDayCalendar Calendar = new();
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Every second Thursday from 12 March 2026, 14:00, 90 minutes.</summary>
    private static readonly SeriesPlan Plan = new(2, DayOfWeek.Thursday, new TimeOnly(14, 0), 90, "vijfstappenmethode", new DateOnly(2026, 3, 12), null, HolidayHandling.Move);

    private static DateTimeOffset Local(int month, int day, int hour) => new(new DateTime(2026, month, day, hour, 0, 0), Amsterdam.GetUtcOffset(new DateTime(2026, month, day, hour, 0, 0)));

    [Fact]
    public void Count_OneHeldAndOneMissedSession_CountsTheFirstRoundOfAPlannedDayOnly()
    {
        SeriesRound[] rounds =
        [
            new("r-late", Local(3, 12, 15), 6),      // a second round on the session's day: not a second held session
            new("r-held", Local(3, 12, 14), 4),
            new("r-other-day", Local(3, 18, 10), 9), // no session that day
        ];

        var health = SeriesHealthRules.Count(Plan, Calendar, new DateTime(2026, 3, 27, 10, 0, 0), rounds, lessons: 3);

        Assert.Equal(new SeriesHealth(2, 1, 4, 3), health);
        Assert.Equal(3.0, health.LessonsPerSession);
    }

    [Fact]
    public void Count_BeforeTheFirstSessionStarts_PlansNothingAndHasNoAverage()
    {
        var health = SeriesHealthRules.Count(Plan, Calendar, new DateTime(2026, 3, 12, 13, 59, 0), [new("r", Local(3, 12, 9), 5)], lessons: 0);

        Assert.Equal(new SeriesHealth(0, 0, null, 0), health);
        Assert.Null(health.LessonsPerSession);
    }

    [Fact]
    public void CountsSince_PlannedBeforeItsFirstDay_CountsFromThePlanning_ElseFromTheFirstDay()
    {
        var planned = Local(3, 2, 9);

        Assert.Equal(planned, SeriesHealthRules.CountsSince(Plan, planned, Amsterdam));
        Assert.Equal(Local(3, 12, 0), SeriesHealthRules.CountsSince(Plan, DateTimeOffset.MinValue, Amsterdam));
        Assert.Equal(Local(3, 12, 0), SeriesHealthRules.CountsSince(Plan, Local(3, 20, 9), Amsterdam));
    }
}
