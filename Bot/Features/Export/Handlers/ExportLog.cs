using Microsoft.Extensions.Logging;

namespace IntervisieBot.Features.Export.Handlers;

/// <summary>Log messages of the export feature (event ids 7300-7319). Kinds, sizes and reason codes only: never file contents or urls.</summary>
internal static partial class ExportLog
{
    [LoggerMessage(EventId = 7300, Level = LogLevel.Information, Message = "Export {Kind} offered with a file consent card ({Bytes} bytes)")]
    public static partial void Offered(ILogger logger, string kind, int bytes);

    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "Export {Kind} uploaded ({Bytes} bytes)")]
    public static partial void Uploaded(ILogger logger, string kind, int bytes);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Information, Message = "Export {Kind} declined by the user")]
    public static partial void Declined(ILogger logger, string kind);

    [LoggerMessage(EventId = 7303, Level = LogLevel.Warning, Message = "Export {Kind} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string kind, string reason);

    [LoggerMessage(EventId = 7304, Level = LogLevel.Warning, Message = "Export {Kind} upload failed: {Reason}")]
    public static partial void UploadFailed(ILogger logger, string kind, string reason);

    [LoggerMessage(EventId = 7305, Level = LogLevel.Warning, Message = "Export consent card could not reach the personal chat (connector answered {StatusCode})")]
    public static partial void PersonalChatFailed(ILogger logger, int statusCode);
}
