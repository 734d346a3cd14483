
namespace IntervisieBot.Features.Scheduling.Handlers;

/// <summary>Scheduling log messages (ids and counts only; never casus text or names).</summary>
internal static partial class SchedulingLog
{
    [LoggerMessage(EventId = 8500, Level = LogLevel.Information, Message = "Series saved (interval {IntervalWeeks} weeks, updated {Updated}, calendar {CalendarStatus})")]
    public static partial void Saved(ILogger logger, int intervalWeeks, bool updated, string calendarStatus);

    [LoggerMessage(EventId = 8501, Level = LogLevel.Information, Message = "Series stopped (calendar {CalendarStatus})")]
    public static partial void Stopped(ILogger logger, string calendarStatus);

    [LoggerMessage(EventId = 8502, Level = LogLevel.Warning, Message = "Team calendar answered {CalendarStatus} for {Operation} (missing permission {Permission})")]
    public static partial void CalendarProblem(ILogger logger, string operation, string calendarStatus, string? permission);

    [LoggerMessage(EventId = 8503, Level = LogLevel.Information, Message = "Session events scheduled for {SessionDate} ({Count} new)")]
    public static partial void EventsScheduled(ILogger logger, string sessionDate, int count);

    [LoggerMessage(EventId = 8504, Level = LogLevel.Information, Message = "Session event {Kind} for {SessionDate} not needed ({Reason})")]
    public static partial void EventNotNeeded(ILogger logger, string kind, string sessionDate, string reason);

    [LoggerMessage(EventId = 8505, Level = LogLevel.Information, Message = "Refused {Verb}: {Reason}")]
    public static partial void Refused(ILogger logger, string verb, string reason);

    [LoggerMessage(EventId = 8506, Level = LogLevel.Information, Message = "Casus proposal stopped by the privacy guard")]
    public static partial void PrivacyStopped(ILogger logger);

    [LoggerMessage(EventId = 8507, Level = LogLevel.Warning, Message = "Could not update the {Card} card in place ({Status} {Code})")]
    public static partial void UpdateFailed(ILogger logger, string card, int status, string? code);

    [LoggerMessage(EventId = 8508, Level = LogLevel.Information, Message = "Session {SessionDate}: {Verb} applied")]
    public static partial void SessionChanged(ILogger logger, string sessionDate, string verb);

    [LoggerMessage(EventId = 8509, Level = LogLevel.Warning, Message = "Could not read the team's Microsoft 365 group from the connector ({Status} {Code}); the calendar is skipped")]
    public static partial void TeamDetailsFailed(ILogger logger, int status, string? code);

    [LoggerMessage(EventId = 8520, Level = LogLevel.Information, Message = "Meeting {Event}: {Outcome}")]
    public static partial void Meeting(ILogger logger, string @event, string outcome);
}
