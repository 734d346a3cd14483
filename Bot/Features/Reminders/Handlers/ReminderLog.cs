using Microsoft.Extensions.Logging;

namespace IntervisieBot.Features.Reminders.Handlers;

/// <summary>Reminder log messages (event ids 6000–6099). Ids and codes only, never user text.</summary>
internal static partial class ReminderLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Reminder {ReminderId} ({Kind}) scheduled in bucket {Bucket} for {Due:o}.")]
    public static partial void Scheduled(ILogger logger, string reminderId, string kind, string bucket, DateTimeOffset due);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Debug, Message = "Reminder {ReminderId} ({Kind}) sent on attempt {Attempt}.")]
    public static partial void Sent(ILogger logger, string reminderId, string kind, int attempt);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Reminder {ReminderId} ({Kind}) is undeliverable: {Reason}.")]
    public static partial void Undeliverable(ILogger logger, string reminderId, string kind, string reason);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Reminder {ReminderId} ({Kind}) failed transiently ({Reason}) on attempt {Attempt}; next try at {Due:o}.")]
    public static partial void Rescheduled(ILogger logger, string reminderId, string kind, string reason, int attempt, DateTimeOffset due);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Information, Message = "Reminder {ReminderId} ({Kind}) closed: no longer needed.")]
    public static partial void Closed(ILogger logger, string reminderId, string kind);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Warning, Message = "Reminder {ReminderId}: the claim was lost before sending; another instance will take it.")]
    public static partial void ClaimLost(ILogger logger, string reminderId);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Error, Message = "Reminder {ReminderId} was sent but could not be marked sent (claim lost); it may be sent again.")]
    public static partial void SentButNotMarked(ILogger logger, string reminderId);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Warning, Message = "Reminder {ReminderId}: no handler for kind {Kind}.")]
    public static partial void UnknownKind(ILogger logger, string reminderId, string kind);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Warning, Message = "Reminder {ReminderId} ({Kind}): building the message failed ({ExceptionType}).")]
    public static partial void BuildFailed(ILogger logger, string reminderId, string kind, string exceptionType);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Error, Message = "Reminder poll failed on instance {InstanceId}.")]
    public static partial void PollFailed(ILogger logger, Exception exception, string instanceId);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Information, Message = "Reminder delivery started on instance {InstanceId}, polling every {PollInterval}.")]
    public static partial void Started(ILogger logger, string instanceId, TimeSpan pollInterval);

    [LoggerMessage(EventId = 6012, Level = LogLevel.Information, Message = "Joined the tenant send budget with {Instances} instance(s) in all; waiting one refresh before the first send.")]
    public static partial void BudgetJoined(ILogger logger, int instances);

    [LoggerMessage(EventId = 6013, Level = LogLevel.Warning, Message = "Tenant budget lease could not be renewed or released (storage answered {Status}); keeping the last count.")]
    public static partial void BudgetLeaseFailed(ILogger logger, int status);
}
