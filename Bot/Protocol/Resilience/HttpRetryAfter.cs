namespace IntervisieBot.Protocol.Resilience;

/// <summary>The <c>Retry-After</c> of a response: delta-seconds, or an HTTP date relative to the injected clock.</summary>
public static class HttpRetryAfter
{
    /// <summary>The wait the response asks for; null when it names none. Negative deltas and dates in the past count as zero.</summary>
    public static TimeSpan? From(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date) return date <= now ? TimeSpan.Zero : date - now;
        return null;
    }
}
