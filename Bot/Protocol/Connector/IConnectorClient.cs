using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Protocol.Connector;

/// <summary>
/// Outbound Bot Connector REST calls. Every call is made to a serviceUrl that is trusted
/// (arrived in an authenticated activity or is a configured trusted host); otherwise it throws
/// <see cref="UntrustedServiceUrlException"/> without sending anything.
/// </summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);
    /// <summary>
    /// <c>POST /v3/conversations/{id}/activities?isTargetedActivity=true</c>: a message in a group conversation that only
    /// <see cref="Activity.Recipient"/> sees (Teams targeted messages, preview; not in 1:1 chats).
    /// </summary>
    Task<ResourceResponse> SendTargetedAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);
    Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToActivityId, Activity activity, CancellationToken cancellationToken);
    Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);
    Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
    Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary><c>GET /v3/teams/{teamId}</c>: the team's name and Microsoft 365 group id (messages in a channel do not carry the latter).</summary>
    Task<TeamDetails> GetTeamDetailsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken);
}

/// <summary>Remembers which Bot Connector hosts may receive the bot's token.</summary>
public interface IServiceUrlTrust
{
    /// <summary>Called only with the serviceUrl of an activity that passed authentication (or was stored from one).</summary>
    void TrustAuthenticated(string serviceUrl);
    bool IsTrusted(Uri serviceUrl);
}

/// <summary>Provides the bearer token for https://api.botframework.com; null in development mode (no app id).</summary>
public interface IBotTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}

public sealed class UntrustedServiceUrlException(string message) : InvalidOperationException(message);

/// <summary>A connector call that failed for good (after retries where those apply).</summary>
/// <param name="statusCode">HTTP status of the last attempt; 0 when no HTTP answer arrived (connection failure, timeout).</param>
/// <param name="errorCode">The <c>error.code</c> of the connector's ErrorResponse, when it sent one.</param>
/// <param name="correlationId">The <c>X-Correlating-OperationId</c> response header, for support requests to Microsoft.</param>
/// <param name="retryAfter">What the connector asked us to wait (Retry-After) on the last attempt, if anything; lets a caller reschedule.</param>
public sealed class ConnectorException(
    int statusCode,
    string? errorCode,
    string message,
    string? correlationId = null,
    TimeSpan? retryAfter = null,
    Exception? innerException = null) : Exception(message, innerException)
{
    public int StatusCode { get; } = statusCode;
    public string? ErrorCode { get; } = errorCode;
    public string? CorrelationId { get; } = correlationId;
    public TimeSpan? RetryAfter { get; } = retryAfter;
    /// <summary>403/404 and other non-retryable 4xx: the conversation cannot be reached, do not retry later either.</summary>
    public bool IsPermanent => StatusCode is >= 400 and < 500 and not 412 and not 429;
}
