using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Scheduling.Domain;

namespace IntervisieBot.Tests.Scheduling.Domain;

/// <summary>Which session an away command names, decided without storage or text.</summary>
public sealed class AwayDateRulesTests
{
    private static readonly WorkingDayCalendar Calendar = new();

    /// <summary>Every second Thursday from 12 March 2026, 14:00, 90 minutes, until 9 April.</summary>
    private static readonly SeriesPlan Plan = new(2, DayOfWeek.Thursday, new TimeOnly(14, 0), 90, "vijfstappenmethode", new DateOnly(2026, 3, 12), new DateOnly(2026, 4, 9), HolidayHandling.Move);

    private static readonly DateTime Monday9March = new(2026, 3, 9, 10, 0, 0);

    [Theory]
    [InlineData("", AwayDateProblem.NoDate, null)]
    [InlineData("   ", AwayDateProblem.NoDate, null)]
    [InlineData("volgende eeuw", AwayDateProblem.Unreadable, null)]
    [InlineData("13-3-2026", AwayDateProblem.NotASession, "2026-03-13")]
    [InlineData("26-3-2026", AwayDateProblem.None, "2026-03-26")]
    [InlineData("12 maart 2026", AwayDateProblem.None, "2026-03-12")]
    public void Check_BeforeTheFirstSession_NamesTheSessionOrWhyNot(string arguments, AwayDateProblem problem, string? date)
    {
        var check = CheckAt(arguments, Monday9March);

        Assert.Equal(problem, check.Problem);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), check.Date);
        Assert.Equal([new DateOnly(2026, 3, 12), new DateOnly(2026, 3, 26), new DateOnly(2026, 4, 9)], check.Next);
    }

    [Fact]
    public void Check_ASessionWhoseStartPassed_IsPast()
    {
        var check = CheckAt("12-3-2026", new DateTime(2026, 3, 12, 14, 0, 0));

        Assert.Equal(AwayDateProblem.Past, check.Problem);
        Assert.Equal(new DateOnly(2026, 3, 26), check.Next[0]);
    }

    [Fact]
    public void Check_AfterTheLastSession_HasNoMoreSessions()
    {
        var check = CheckAt("9-4-2026", new DateTime(2026, 4, 10, 9, 0, 0));

        Assert.Equal((AwayDateProblem.NoMoreSessions, 0), (check.Problem, check.Next.Count));
    }

    [Theory]
    [InlineData(15, 29, false)]
    [InlineData(15, 31, true)]
    public void IsOver_AfterStartPlusDuration(int hour, int minute, bool over) =>
        Assert.Equal(over, SeriesOccurrences.IsOver(Plan, new DateOnly(2026, 3, 12), new DateTime(2026, 3, 12, hour, minute, 0)));

    private static AwayDateCheck CheckAt(string arguments, DateTime localNow) => AwayDateRules.Check(Plan, Calendar, localNow, arguments);
}
