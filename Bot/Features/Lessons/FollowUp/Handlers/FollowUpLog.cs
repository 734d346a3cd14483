using IntervisieBot.Features.Lessons.Domain;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Features.Lessons.FollowUp.Handlers;

/// <summary>Log messages of the lesson follow-up loop (event ids 5200-5299). Ids and codes only: never lesson texts or notes.</summary>
internal static partial class FollowUpLog
{
    [LoggerMessage(EventId = 5200, Level = LogLevel.Information, Message = "Lesson {LessonId}: check round {Round} scheduled as {ReminderId} ({Bucket})")]
    public static partial void Scheduled(ILogger logger, string lessonId, int round, string reminderId, string bucket);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Lesson {LessonId}: check round {Round} answered ({Outcome}, score {Score})")]
    public static partial void Answered(ILogger logger, string lessonId, int round, string outcome, int score);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning, Message = "Check answer refused: {Reason}")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Information, Message = "Lesson {LessonId}: check round {Round} closed without an answer")]
    public static partial void NoAnswer(ILogger logger, string lessonId, int round);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Information, Message = "Lesson {LessonId}: check round {Round} snoozed")]
    public static partial void Snoozed(ILogger logger, string lessonId, int round);

    [LoggerMessage(EventId = 5205, Level = LogLevel.Information, Message = "Lesson {LessonId}: check reminders closed ({Reason}, {Count} open)")]
    public static partial void Closed(ILogger logger, string lessonId, string reason, int count);

    [LoggerMessage(EventId = 5206, Level = LogLevel.Information, Message = "Lesson answer was a repeat for round {Round}; nothing stored")]
    public static partial void Repeat(ILogger logger, int round);

    [LoggerMessage(EventId = 5207, Level = LogLevel.Information, Message = "Check note refused by the privacy guard; nothing stored")]
    public static partial void PrivacyRefused(ILogger logger);

    [LoggerMessage(EventId = 5208, Level = LogLevel.Information, Message = "Team digest shown ({Lessons} lessons)")]
    public static partial void Digest(ILogger logger, int lessons);

    [LoggerMessage(EventId = 5209, Level = LogLevel.Information, Message = "Lesson {LessonId}: no check scheduled ({Reason})")]
    public static partial void NotScheduled(ILogger logger, string lessonId, string reason);
}
