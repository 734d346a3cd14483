using Polly;
using Polly.Retry;

namespace IntervisieBot.Protocol.Resilience;

/// <summary>
/// The retry rules the bot's HTTP clients share, as one Polly 8 retry strategy: a response the caller calls retryable is
/// tried again at most <see cref="MaxRetries"/> times; each wait comes from <see cref="Delay"/> (given the retry number and
/// the response's <c>Retry-After</c>); a wait above <see cref="MaxSingleDelay"/> is not waited for, and the waits of one
/// call never add up past <see cref="MaxTotalDelay"/> — a retry that would is not made and the last response is returned. Waits run on the
/// injected <see cref="TimeProvider"/>. Exceptions are never retried (a timed-out POST may have arrived).
/// </summary>
public sealed class BoundedHttpRetry
{
    private static readonly ResiliencePropertyKey<TimeSpan> NextDelay = new("intervisiebot.retry.delay");
    private static readonly ResiliencePropertyKey<TimeSpan> Waited = new("intervisiebot.retry.waited");

    /// <summary>Retries after the first attempt (0: no retries).</summary>
    public required int MaxRetries { get; init; }

    public required TimeSpan MaxTotalDelay { get; init; }

    /// <summary>Whether this response may be tried again at all.</summary>
    public required Func<HttpResponseMessage, bool> IsRetryable { get; init; }

    /// <summary>The wait before retry number <c>retry</c> (1 for the first), given the Retry-After asked for (null: none).</summary>
    public required Func<int, TimeSpan?, TimeSpan> Delay { get; init; }

    /// <summary>A single wait longer than this is declined (the response goes back at once); null: no such limit.</summary>
    public TimeSpan? MaxSingleDelay { get; init; }

    /// <summary>Called before each wait with the response, the retry number and the wait (metrics, logs).</summary>
    public Action<HttpResponseMessage, int, TimeSpan>? OnRetry { get; init; }

    /// <summary>Called when a retryable response is not retried because its wait was declined or over the budget.</summary>
    public Action<HttpResponseMessage, TimeSpan>? OnWaitDeclined { get; init; }

    public ResiliencePipeline<HttpResponseMessage> Build(TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (MaxRetries <= 0) return builder.Build();
        return builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = MaxRetries,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.AttemptNumber, args.Context, time)),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Context.Properties.GetValue(NextDelay, TimeSpan.Zero)),
            OnRetry = args =>
            {
                if (args.Outcome.Result is { } response)
                {
                    OnRetry?.Invoke(response, args.AttemptNumber + 1, args.RetryDelay);
                    response.Dispose();
                }
                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, int attempt, ResilienceContext context, TimeProvider time)
    {
        // attempt is 0 for the first attempt; after MaxRetries retries nothing more is decided (and nothing logged).
        if (outcome.Result is not { } response || attempt >= MaxRetries || !IsRetryable(response)) return false;
        var delay = Delay(attempt + 1, HttpRetryAfter.From(response, time.GetUtcNow()));
        var waited = context.Properties.GetValue(Waited, TimeSpan.Zero);
        if (delay > MaxSingleDelay || waited + delay > MaxTotalDelay)
        {
            OnWaitDeclined?.Invoke(response, delay);
            return false;
        }
        context.Properties.Set(NextDelay, delay);
        context.Properties.Set(Waited, waited + delay);
        return true;
    }
}
