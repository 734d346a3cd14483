using Microsoft.Extensions.Logging;

namespace IntervisieBot.Protocol.Auth;

/// <summary>Log messages of inbound authentication (event ids 1100-1199). Tokens are never logged.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Inbound request rejected: {Reason}")]
    public static partial void Rejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Signing keys of {Source} refreshed: {KeyCount} key ids")]
    public static partial void KeysRefreshed(ILogger logger, string source, int keyCount);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Fetching the signing keys of {Source} failed ({ErrorType}); requests that need them fail closed")]
    public static partial void KeyFetchFailed(ILogger logger, string source, string errorType);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Debug, Message = "Signing-key refresh of {Source} skipped: rate limit")]
    public static partial void KeyRefreshRateLimited(ILogger logger, string source);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Token validation threw {ErrorType}; request rejected as invalid")]
    public static partial void ValidationThrew(ILogger logger, string errorType);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Warning, Message = "AUTHENTICATION IS OFF: no MicrosoftAppId is configured, so every request on {Addresses} is accepted without a token (development mode, loopback only). Never run like this in production.")]
    public static partial void DevelopmentModeActive(ILogger logger, string addresses);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Critical, Message = "Refusing to run: no MicrosoftAppId is configured (authentication off) but the server listens on {Addresses}, which is not loopback-only ({Offending}). Configure MicrosoftAppId or bind to localhost. Stopping.")]
    public static partial void DevelopmentModeRefused(ILogger logger, string addresses, string offending);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Warning, Message = "AUTHENTICATION IS OFF: no MicrosoftAppId is configured and the server reports no listening addresses (in-process test host); only requests from loopback clients are accepted.")]
    public static partial void DevelopmentModeWithoutAddresses(ILogger logger);
}
