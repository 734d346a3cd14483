using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;

namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>
/// Which session <c>afwezig &lt;datum&gt;</c> / <c>aanwezig &lt;datum&gt;</c> is about, pure: the date must be readable, still
/// ahead (before the session's start time) and a day the plan holds a session; otherwise the next sessions are offered.
/// </summary>
public static class AwayDateRules
{
    public const int SessionsListed = 3;

    public static AwayDateCheck Check(SeriesPlan plan, WorkingDayCalendar calendar, DateTime localNow, string? arguments)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(calendar);
        var next = SeriesOccurrences.NextHeld(plan, calendar, localNow, SessionsListed).Select(o => o.Date!.Value).ToList();
        if (next.Count == 0) return new(AwayDateProblem.NoMoreSessions, null, next);
        var text = arguments?.Trim() ?? "";
        if (text.Length == 0) return new(AwayDateProblem.NoDate, null, next);
        if (AwayDateParser.Parse(text, DateOnly.FromDateTime(localNow)) is not { } date) return new(AwayDateProblem.Unreadable, null, next);
        if (date.ToDateTime(plan.StartTime) <= localNow) return new(AwayDateProblem.Past, date, next);
        if (SeriesOccurrences.On(plan, calendar, date) is null) return new(AwayDateProblem.NotASession, date, next);
        return new(AwayDateProblem.None, date, next);
    }
}
