using System.Globalization;
using System.Net;
using IntervisieBot.Protocol.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace IntervisieBot.Features.Scheduling.Calendar.Graph;

/// <summary>
/// Bounded retries for Graph, in place of the SDK's RetryHandler (which waits with the wall clock, retries up to 10 times
/// and ends in an AggregateException): a Polly retry (<see cref="BoundedHttpRetry"/>). A 429, 503 or 504 is retried at
/// most <see cref="GraphCalendarOptions.MaxRetries"/> times, after the Retry-After Graph asked for (delta-seconds or an
/// HTTP date; without one: a doubling base delay). A Retry-After above <see cref="GraphCalendarOptions.MaxRetryAfter"/>,
/// or waits adding up past <see cref="GraphCalendarOptions.MaxTotalRetryDelay"/>, are not waited for: the throttled
/// response goes back to the caller at once (the calendar answers Throttled with the Retry-After). Every attempt is a fresh
/// request with the same bytes and a <c>Retry-Attempt</c> header from the first retry on. Waits use <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class GraphRetryHandler : DelegatingHandler
{
    private const string RetryAttemptHeader = "Retry-Attempt";
    private readonly GraphCalendarOptions _settings;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;

    public GraphRetryHandler(IOptions<GraphCalendarOptions> options, TimeProvider time, ILogger<GraphRetryHandler> logger)
    {
        _settings = options.Value;
        var settings = _settings;
        _retry = new BoundedHttpRetry
        {
            MaxRetries = settings.MaxRetries,
            MaxTotalDelay = settings.MaxTotalRetryDelay,
            MaxSingleDelay = settings.MaxRetryAfter,
            IsRetryable = response => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout,
            Delay = (retry, retryAfter) => retryAfter ?? settings.BaseRetryDelay * Math.Pow(2, retry - 1),
            OnRetry = (response, retry, delay) => Log.RetryScheduled(logger, (int)response.StatusCode, retry, delay.TotalSeconds),
            OnWaitDeclined = (response, delay) => Log.RetryNotWaited(logger, (int)response.StatusCode, delay.TotalSeconds),
        }.Build(time);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Buffer the body once, so every attempt sends the same bytes.
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var attempt = 0;
        return await _retry.ExecuteAsync(async token =>
        {
            var current = attempt == 0 ? WithBufferedBody(request, body) : Clone(request, body, attempt);
            attempt++;
            return await SendOnceAsync(current, _settings.RequestTimeout, token);
        }, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attemptTimeout.CancelAfter(timeout);
        try
        {
            return await base.SendAsync(request, attemptTimeout.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("The Graph request timed out.", e);
        }
    }

    private static HttpRequestMessage WithBufferedBody(HttpRequestMessage request, byte[]? body)
    {
        if (body is not null) request.Content = Copy(request.Content!, body);
        return request;
    }

    private static HttpRequestMessage Clone(HttpRequestMessage original, byte[]? body, int attempt)
    {
        var clone = new HttpRequestMessage(original.Method, original.RequestUri) { Version = original.Version, VersionPolicy = original.VersionPolicy };
        foreach (var header in original.Headers)
        {
            if (!string.Equals(header.Key, RetryAttemptHeader, StringComparison.OrdinalIgnoreCase)) clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        clone.Headers.TryAddWithoutValidation(RetryAttemptHeader, attempt.ToString(CultureInfo.InvariantCulture));
        foreach (var option in original.Options) ((IDictionary<string, object?>)clone.Options)[option.Key] = option.Value;
        if (body is not null) clone.Content = Copy(original.Content!, body);
        return clone;
    }

    private static ByteArrayContent Copy(HttpContent source, byte[] body)
    {
        var content = new ByteArrayContent(body);
        foreach (var header in source.Headers) content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        return content;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8910, Level = LogLevel.Information, Message = "Graph answered {Status}; retry {Attempt} after {DelaySeconds} s.")]
        public static partial void RetryScheduled(ILogger logger, int status, int attempt, double delaySeconds);

        [LoggerMessage(EventId = 8911, Level = LogLevel.Warning, Message = "Graph answered {Status} and asked to wait {DelaySeconds} s; not retried (over the retry budget).")]
        public static partial void RetryNotWaited(ILogger logger, int status, double delaySeconds);
    }
}
