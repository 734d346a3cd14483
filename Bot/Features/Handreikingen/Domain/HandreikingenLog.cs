using IntervisieBot.Features.Handreikingen.Domain;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>Log messages of the handreikingen feature (event ids 7100-7199). Never logs casus text.</summary>
internal static partial class HandreikingenLog
{
    [LoggerMessage(EventId = 7100, Level = LogLevel.Information,
        Message = "Handreikingen index built: {EntryCount} entries, {TermCount} lexicon terms, {ElapsedMs} ms")]
    public static partial void IndexBuilt(ILogger logger, int entryCount, int termCount, long elapsedMs);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Debug,
        Message = "Recommendation: {TagCount} tags detected, {ResultCount} handreikingen, {LessonCount} lessons")]
    public static partial void Recommended(ILogger logger, int tagCount, int resultCount, int lessonCount);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information,
        Message = "No handreiking found for a casus ({TagCount} tags detected)")]
    public static partial void NothingFound(ILogger logger, int tagCount);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning,
        Message = "Lesson candidate source {Source} failed; answering with handreikingen only")]
    public static partial void LessonSourceFailed(ILogger logger, string source, Exception exception);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Warning,
        Message = "The monthly review digest could not be scheduled for a kennismakelaar; it is tried again at their next overview or role save")]
    public static partial void ReviewDigestNotScheduled(ILogger logger, Exception exception);
}
