using Microsoft.Extensions.Logging;

namespace IntervisieBot.Protocol.Connector;

/// <summary>Log events 2100-2149 of the outbound connector. Hosts and status codes only: never tokens, urls with ids, or message text.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Refused a connector call to untrusted service host {Host}; the bot token was not sent")]
    public static partial void UntrustedServiceUrl(ILogger logger, string host);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Connector {Operation} answered {StatusCode}; attempt {Attempt} of {MaxAttempts}, retrying in {DelayMs} ms")]
    public static partial void RetryScheduled(ILogger logger, string operation, int statusCode, int attempt, int maxAttempts, long delayMs);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Connector {Operation} failed with {StatusCode} ({ErrorCode}) after {Attempts} attempt(s); correlation id {CorrelationId}")]
    public static partial void GaveUp(ILogger logger, string operation, int statusCode, string? errorCode, int attempts, string? correlationId);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "Did not trust an authenticated serviceUrl on host {Host}: only https, or http on a loopback host, is allowed")]
    public static partial void AuthenticatedServiceUrlIgnored(ILogger logger, string host);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Debug, Message = "Bot token acquired; valid until {ExpiresOn}")]
    public static partial void TokenAcquired(ILogger logger, DateTimeOffset expiresOn);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Error, Message = "Getting the bot token failed ({Reason})")]
    public static partial void TokenFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Warning, Message = "No MicrosoftAppId configured: outbound connector calls are sent without a token (development mode)")]
    public static partial void DevelopmentModeNoToken(ILogger logger);

    [LoggerMessage(EventId = 2108, Level = LogLevel.Warning, Message = "Connector {Operation} got no HTTP answer ({Reason}) after {Attempts} attempt(s)")]
    public static partial void TransportFailed(ILogger logger, string operation, string reason, int attempts);

    [LoggerMessage(EventId = 2109, Level = LogLevel.Warning, Message = "Trusted service host list is full ({Count}); host {Host} was not added")]
    public static partial void TrustListFull(ILogger logger, int count, string host);
}
