using System.Net.Http.Headers;
using System.Text.Json;
using IntervisieBot.Protocol.Resilience;
using IntervisieBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace IntervisieBot.Protocol.Connector;

/// <summary>
/// Typed HttpClient for the Bot Connector REST API (protocol doc 2.3). Refuses untrusted serviceUrls before building
/// any request; retries 429 (honouring Retry-After), 412, 502, 503 and 504 (and 500 on an idempotent update) with jittered exponential backoff,
/// bounded by <see cref="ConnectorOptions.MaxAttempts"/> and <see cref="ConnectorOptions.MaxTotalDelay"/> (a Polly retry, <see cref="BoundedHttpRetry"/>);
/// never retries other statuses. Failures surface as <see cref="ConnectorException"/>.
/// </summary>
public sealed class ConnectorClient(
    HttpClient httpClient,
    IServiceUrlTrust trust,
    IOptions<ConnectorOptions> options,
    ConnectorMetrics metrics,
    TimeProvider time,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const int MinPageSize = 50;
    public const int MaxPageSize = 500;
    private const int MaxErrorBodyChars = 16 * 1024;
    private static readonly MediaTypeHeaderValue JsonContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, HttpMethod), ResiliencePipeline<HttpResponseMessage>> _pipelines = new();

    public async Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var baseUri = Trusted(serviceUrl);
        var body = await CallAsync("send", HttpMethod.Post, ConnectorUrls.Activities(baseUri, conversationId), Serialize(activity), cancellationToken);
        return Deserialize<ResourceResponse>(body) ?? new ResourceResponse(null);
    }

    public async Task<ResourceResponse> SendTargetedAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Recipient?.Id is not { Length: > 0 })
        {
            throw new ArgumentException("A targeted message needs the recipient it is for.", nameof(activity));
        }

        var baseUri = Trusted(serviceUrl);
        var body = await CallAsync("sendTargeted", HttpMethod.Post, ConnectorUrls.TargetedActivities(baseUri, conversationId), Serialize(activity), cancellationToken);
        return Deserialize<ResourceResponse>(body) ?? new ResourceResponse(null);
    }

    public async Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToActivityId, Activity activity, CancellationToken cancellationToken)
    {
        var baseUri = Trusted(serviceUrl);
        var body = await CallAsync("reply", HttpMethod.Post, ConnectorUrls.Activity(baseUri, conversationId, replyToActivityId), Serialize(activity), cancellationToken);
        return Deserialize<ResourceResponse>(body) ?? new ResourceResponse(null);
    }

    public async Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var baseUri = Trusted(serviceUrl);
        // The connector expects the full activity with its id (protocol doc 2.3, T-UPD).
        var full = activity.Id is null ? activity with { Id = activityId } : activity;
        var body = await CallAsync("update", HttpMethod.Put, ConnectorUrls.Activity(baseUri, conversationId, activityId), Serialize(full), cancellationToken);
        return Deserialize<ResourceResponse>(body) is { Id: not null } response ? response : new ResourceResponse(activityId);
    }

    public async Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var baseUri = Trusted(serviceUrl);
        await CallAsync("delete", HttpMethod.Delete, ConnectorUrls.Activity(baseUri, conversationId, activityId), null, cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        var baseUri = Trusted(serviceUrl);
        var body = await CallAsync("createConversation", HttpMethod.Post, ConnectorUrls.Conversations(baseUri), Serialize(parameters), cancellationToken);
        return Deserialize<ConversationResourceResponse>(body)
            ?? throw new ConnectorException(200, "EmptyResponse", "The connector created a conversation but returned no conversation id.");
    }

    public async Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var baseUri = Trusted(serviceUrl);
        int? clamped = pageSize is { } size ? Math.Clamp(size, MinPageSize, MaxPageSize) : null;
        var body = await CallAsync("pagedMembers", HttpMethod.Get, ConnectorUrls.PagedMembers(baseUri, conversationId, clamped, continuationToken), null, cancellationToken);
        return Deserialize<PagedMembersResult>(body) ?? new PagedMembersResult();
    }

    public async Task<TeamDetails> GetTeamDetailsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        var baseUri = Trusted(serviceUrl);
        var body = await CallAsync("teamDetails", HttpMethod.Get, ConnectorUrls.Team(baseUri, teamId), null, cancellationToken);
        return Deserialize<TeamDetails>(body) ?? new TeamDetails();
    }

    /// <summary>Parses the serviceUrl and checks trust before anything else happens; logs the host only.</summary>
    private Uri Trusted(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            ConnectorLog.UntrustedServiceUrl(logger, "(not an absolute URL)");
            throw new UntrustedServiceUrlException("The serviceUrl is not an absolute URL; nothing was sent.");
        }
        if (!trust.IsTrusted(uri))
        {
            ConnectorLog.UntrustedServiceUrl(logger, uri.IdnHost);
            throw new UntrustedServiceUrlException($"The service host '{uri.IdnHost}' is not trusted; nothing was sent.");
        }
        return uri;
    }

    private async Task<string> CallAsync(string operation, HttpMethod method, Uri url, byte[]? body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var attempts = 0;
        var response = await Retry(operation, method).ExecuteAsync(async token =>
        {
            attempts++;
            using var request = new HttpRequestMessage(method, url);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = JsonContentType;
            }
            try
            {
                using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(token);
                attemptTimeout.CancelAfter(settings.RequestTimeout);
                var answer = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, attemptTimeout.Token);
                metrics.Attempted(operation, (int)answer.StatusCode);
                return answer;
            }
            catch (OperationCanceledException e) when (!token.IsCancellationRequested)
            {
                // Not retried: a POST that timed out may have been delivered, and a retry would post twice.
                ConnectorLog.TransportFailed(logger, operation, "timeout", attempts);
                throw new ConnectorException(0, "Timeout", $"Connector {operation} got no answer within {settings.RequestTimeout}.", innerException: e);
            }
            catch (HttpRequestException e)
            {
                ConnectorLog.TransportFailed(logger, operation, e.HttpRequestError.ToString(), attempts);
                throw new ConnectorException(0, e.HttpRequestError.ToString(), $"Connector {operation} could not be reached.", innerException: e);
            }
        }, cancellationToken);

        using (response)
        {
            if (response.IsSuccessStatusCode) return await response.Content.ReadAsStringAsync(cancellationToken);
            throw await FailureAsync(operation, response, attempts, HttpRetryAfter.From(response, time.GetUtcNow()), cancellationToken);
        }
    }

    /// <summary>
    /// The retry of one kind of call (a Polly retry through <see cref="BoundedHttpRetry"/>, built once per operation): at most
    /// <see cref="ConnectorOptions.MaxAttempts"/> attempts, waits summing to at most <see cref="ConnectorOptions.MaxTotalDelay"/>.
    /// </summary>
    private ResiliencePipeline<HttpResponseMessage> Retry(string operation, HttpMethod method) => _pipelines.GetOrAdd((operation, method), key =>
    {
        var settings = options.Value;
        return new BoundedHttpRetry
        {
            MaxRetries = settings.MaxAttempts - 1,
            MaxTotalDelay = settings.MaxTotalDelay,
            IsRetryable = response => IsRetryable((int)response.StatusCode, method),
            Delay = (retry, retryAfter) => RetryDelay(settings, retry, retryAfter),
            OnRetry = (response, retry, delay) =>
            {
                metrics.Retried(operation, (int)response.StatusCode);
                ConnectorLog.RetryScheduled(logger, operation, (int)response.StatusCode, retry, settings.MaxAttempts, (long)delay.TotalMilliseconds);
            },
        }.Build(time);
    });

    /// <summary>What Teams says is retryable; an update (PUT replaces the whole activity, so repeating it is harmless) also on 500.</summary>
    internal static bool IsRetryable(int status, HttpMethod method) =>
        status is 429 or 412 or 502 or 503 or 504 || (status == 500 && method == HttpMethod.Put);

    /// <summary>Retry-After when the connector sent one (capped at MaxDelay); otherwise base·2^(retry-1) ±20%, capped.</summary>
    private static TimeSpan RetryDelay(ConnectorOptions settings, int retry, TimeSpan? retryAfter)
    {
        if (retryAfter is { } asked) return asked < settings.MaxDelay ? asked : settings.MaxDelay;
        var exponential = settings.BaseDelay * Math.Pow(2, retry - 1);
        var jittered = exponential * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return jittered < settings.MaxDelay ? jittered : settings.MaxDelay;
    }

    private async Task<ConnectorException> FailureAsync(string operation, HttpResponseMessage response, int attempts, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var correlationId = response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;
        string? code = null;
        string? message = null;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (text.Length is > 0 and <= MaxErrorBodyChars)
        {
            try
            {
                var error = JsonSerializer.Deserialize<ErrorResponse>(text, ProtocolJson.Options);
                code = error?.Error?.Code;
                message = error?.Error?.Message;
            }
            catch (JsonException)
            {
                // Not an ErrorResponse (e.g. an HTML page from a proxy): the status code alone describes the failure.
            }
        }
        ConnectorLog.GaveUp(logger, operation, status, code, attempts, correlationId);
        return new ConnectorException(
            status,
            code,
            $"Connector {operation} failed with {status}{(code is null ? "" : " " + code)} after {attempts} attempt(s){(message is null ? "" : ": " + message)}",
            correlationId,
            retryAfter);
    }

    private static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, ProtocolJson.Options);

    private static T? Deserialize<T>(string body) where T : class
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            return JsonSerializer.Deserialize<T>(body, ProtocolJson.Options);
        }
        catch (JsonException e)
        {
            throw new ConnectorException(200, "MalformedResponse", $"The connector answered with a body that is not a {typeof(T).Name}.", innerException: e);
        }
    }
}
