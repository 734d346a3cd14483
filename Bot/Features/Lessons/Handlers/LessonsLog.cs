using IntervisieBot.Features.Lessons.Domain;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Features.Lessons.Handlers;

/// <summary>Log messages of the lessons feature (event ids 5000-5099). Never logs lesson texts, notes or search terms.</summary>
internal static partial class LessonsLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Lesson saved ({Scope}, {TagCount} tags, new: {IsNew})")]
    public static partial void LessonSaved(ILogger logger, LessonScopeKind scope, int tagCount, bool isNew);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Lesson text refused by the privacy guard in field {Field}; nothing stored")]
    public static partial void PrivacyRefused(ILogger logger, string field);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Lesson {LessonId} not found for the actor (missing, or another team's or person's)")]
    public static partial void LessonNotFound(ILogger logger, string lessonId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "No prefill source for kind {SourceKind}, or it returned nothing")]
    public static partial void PrefillMissing(ILogger logger, string sourceKind);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Debug, Message = "Lesson search: {Candidates} readable, {Hits} hits, {ElapsedMs} ms")]
    public static partial void Searched(ILogger logger, int candidates, int hits, long elapsedMs);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "Curation of lesson {LessonId}: {Outcome}")]
    public static partial void Curated(ILogger logger, string lessonId, CurationStatus outcome);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "Could not tell the author the curation outcome of lesson {LessonId} (status {StatusCode})")]
    public static partial void NotifyFailed(ILogger logger, string lessonId, int statusCode, Exception exception);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Information, Message = "Curation refused for the actor: {Reason}")]
    public static partial void CurationRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Warning, Message = "Lesson prefill source {SourceKind} failed")]
    public static partial void PrefillFailed(ILogger logger, string sourceKind, Exception exception);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Warning, Message = "Lesson observer {Observer} failed; the lesson change stands")]
    public static partial void ObserverFailed(ILogger logger, string observer, Exception exception);
}
