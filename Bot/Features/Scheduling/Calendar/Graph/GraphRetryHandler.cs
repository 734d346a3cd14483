using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Scheduling.Calendar.Graph;

/// <summary>
/// Bounded retries for Graph, in place of the SDK's RetryHandler (which waits with the wall clock, retries up to 10 times
/// and ends in an AggregateException). A 429, 503 or 504 is retried at most <see cref="GraphCalendarOptions.MaxRetries"/>
/// times, after the Retry-After Graph asked for (delta-seconds or an HTTP date; without one: a doubling base delay).
/// A Retry-After above <see cref="GraphCalendarOptions.MaxRetryAfter"/>, or waits adding up past
/// <see cref="GraphCalendarOptions.MaxTotalRetryDelay"/>, are not waited for: the throttled response goes back to the
/// caller at once (the calendar answers Throttled with the Retry-After). Waits use <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class GraphRetryHandler(IOptions<GraphCalendarOptions> options, TimeProvider time, ILogger<GraphRetryHandler> logger) : DelegatingHandler
{
    private const string RetryAttemptHeader = "Retry-Attempt";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // Buffer the body once, so every attempt sends the same bytes.
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var attempt = 0;
        var waited = TimeSpan.Zero;
        var current = request;
        if (body is not null) current.Content = Copy(request.Content!, body);

        while (true)
        {
            var response = await SendOnceAsync(current, settings.RequestTimeout, cancellationToken);
            if (!IsRetryable(response.StatusCode) || attempt >= settings.MaxRetries) return response;

            var retryAfter = RetryAfter(response, time.GetUtcNow());
            var delay = retryAfter ?? settings.BaseRetryDelay * Math.Pow(2, attempt);
            if (delay > settings.MaxRetryAfter || waited + delay > settings.MaxTotalRetryDelay)
            {
                Log.RetryNotWaited(logger, (int)response.StatusCode, delay.TotalSeconds);
                return response;
            }

            attempt++;
            waited += delay;
            Log.RetryScheduled(logger, (int)response.StatusCode, attempt, delay.TotalSeconds);
            response.Dispose();
            await Task.Delay(delay, time, cancellationToken);
            current = Clone(request, body, attempt);
        }
    }

    /// <summary>The wait a 429/503 response asks for; null when it names none. HTTP dates in the past count as zero.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date) return date <= now ? TimeSpan.Zero : date - now;
        return null;
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

    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

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
