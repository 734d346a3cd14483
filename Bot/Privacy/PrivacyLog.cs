using Microsoft.Extensions.Logging;

namespace IntervisieBot.Privacy;

/// <summary>Log messages of the privacy feature (event ids 3000-3099). Never carries user text or matched values.</summary>
internal static partial class PrivacyLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "Personal-data scan hit its time limit in the {Detector} detector for a text of {Length} characters; the text is treated as not clean")]
    public static partial void DetectorTimedOut(ILogger logger, IdentifierKind detector, int length);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "Personal-data scan refused a text of {Length} characters (limit {Limit}); the text is treated as not clean")]
    public static partial void TextTooLong(ILogger logger, int length, int limit);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug,
        Message = "Personal-data scan found {Count} identifier(s) of kinds {Kinds}")]
    public static partial void IdentifiersFound(ILogger logger, int count, string kinds);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information,
        Message = "Teams refused the targeted notice about the user's own post (status {Status}); sending it to the 1:1 chat")]
    public static partial void TargetedNoticeRefused(ILogger logger, int status);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning,
        Message = "The notice about the user's own post could not be delivered (status {Status})")]
    public static partial void OwnPostNoticeFailed(ILogger logger, int status);
}
