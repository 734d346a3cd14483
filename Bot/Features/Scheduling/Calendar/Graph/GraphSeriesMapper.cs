using System.Globalization;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace IntervisieBot.Features.Scheduling.Calendar.Graph;

/// <summary>
/// Turns a <see cref="CalendarSeries"/> into Graph event bodies. The series starts on the first <see cref="CalendarSeries.Weekday"/>
/// on or after <see cref="CalendarSeries.FirstDate"/>: Graph wants the master's start to be the first occurrence and the
/// range's startDate to be that same date. Times are wall-clock times in <see cref="GraphCalendarOptions.TimeZone"/>.
/// </summary>
public static class GraphSeriesMapper
{
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss";

    /// <exception cref="ArgumentException">The series is not a valid plan (interval, duration or end date).</exception>
    public static void Validate(CalendarSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.IntervalWeeks is < 1 or > 99) throw new ArgumentException("IntervalWeeks must be between 1 and 99.", nameof(series));
        if (series.DurationMinutes is < 1 or > 24 * 60) throw new ArgumentException("DurationMinutes must be between 1 and 1440.", nameof(series));
        if (series.EndDate is { } end && end < FirstOccurrence(series)) throw new ArgumentException("EndDate lies before the first occurrence.", nameof(series));
        if (string.IsNullOrWhiteSpace(series.OrganizerUserId) || string.IsNullOrWhiteSpace(series.GroupId)) throw new ArgumentException("OrganizerUserId and GroupId are required.", nameof(series));
    }

    public static DateOnly FirstOccurrence(CalendarSeries series)
    {
        var days = ((int)series.Weekday - (int)series.FirstDate.DayOfWeek + 7) % 7;
        return series.FirstDate.AddDays(days);
    }

    /// <summary>The body of <c>POST /users/{organizer}/events</c>: the series with a Teams meeting and the group as attendee.</summary>
    public static Event NewSeries(CalendarSeries series, string timeZone, string groupAddress, string? groupName)
    {
        var body = SeriesChanges(series, timeZone);
        body.IsOnlineMeeting = true;
        body.OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness;
        body.AllowNewTimeProposals = false;
        body.Attendees =
        [
            new Attendee
            {
                Type = AttendeeType.Required,
                EmailAddress = new EmailAddress { Address = groupAddress, Name = groupName },
            },
        ];
        return body;
    }

    /// <summary>The body of <c>PATCH /users/{organizer}/events/{master}</c>: subject, body, times and recurrence.</summary>
    public static Event SeriesChanges(CalendarSeries series, string timeZone)
    {
        var first = FirstOccurrence(series);
        return new Event
        {
            Subject = series.Subject,
            Body = new ItemBody { ContentType = BodyType.Text, Content = series.Body },
            Start = At(first, series.StartTime, timeZone),
            End = At(first, series.StartTime, timeZone, series.DurationMinutes),
            Recurrence = new PatternedRecurrence
            {
                Pattern = new RecurrencePattern
                {
                    Type = RecurrencePatternType.Weekly,
                    Interval = series.IntervalWeeks,
                    DaysOfWeek = [Day(series.Weekday)],
                    FirstDayOfWeek = DayOfWeekObject.Monday,
                },
                Range = series.EndDate is { } end
                    ? new RecurrenceRange { Type = RecurrenceRangeType.EndDate, StartDate = ToDate(first), EndDate = ToDate(end), RecurrenceTimeZone = timeZone }
                    : new RecurrenceRange { Type = RecurrenceRangeType.NoEnd, StartDate = ToDate(first), RecurrenceTimeZone = timeZone },
            },
        };
    }

    /// <summary>The body of <c>PATCH …/events/{occurrence}</c> that moves one occurrence to another date at the series' time.</summary>
    public static Event MovedOccurrence(CalendarSeries series, DateOnly movedTo, string timeZone) => new()
    {
        Start = At(movedTo, series.StartTime, timeZone),
        End = At(movedTo, series.StartTime, timeZone, series.DurationMinutes),
    };

    public static DateTimeTimeZone At(DateOnly date, TimeOnly time, string timeZone, int plusMinutes = 0) => new()
    {
        DateTime = date.ToDateTime(time).AddMinutes(plusMinutes).ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        TimeZone = timeZone,
    };

    private static Date ToDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    private static DayOfWeekObject Day(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => DayOfWeekObject.Monday,
        DayOfWeek.Tuesday => DayOfWeekObject.Tuesday,
        DayOfWeek.Wednesday => DayOfWeekObject.Wednesday,
        DayOfWeek.Thursday => DayOfWeekObject.Thursday,
        DayOfWeek.Friday => DayOfWeekObject.Friday,
        DayOfWeek.Saturday => DayOfWeekObject.Saturday,
        _ => DayOfWeekObject.Sunday,
    };
}
