using System.Net.Http.Headers;

namespace IntervisieBot.Protocol.Resilience;

/// <summary>The <c>Retry-After</c> of a response: delta-seconds, or an HTTP date relative to the injected clock.</summary>
public static class HttpRetryAfter
{
    /// <summary>The wait the response asks for; null when it names none. Negative deltas and dates in the past count as zero.</summary>
    public static TimeSpan? From(HttpResponseMessage response, DateTimeOffset now) => From(response.Headers.RetryAfter, now);

    /// <summary>The same, from the header's raw value (e.g. from a client that hands headers over as strings); null when unreadable.</summary>
    public static TimeSpan? From(string? value, DateTimeOffset now) =>
        RetryConditionHeaderValue.TryParse(value, out var header) ? From(header, now) : null;

    private static TimeSpan? From(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date) return date <= now ? TimeSpan.Zero : date - now;
        return null;
    }
}
