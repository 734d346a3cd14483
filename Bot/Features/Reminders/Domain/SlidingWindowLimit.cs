namespace IntervisieBot.Features.Reminders.Domain;

/// <summary>
/// At most <see cref="Limit"/> events in any window of length <see cref="Window"/> (an exact sliding-window log, so a
/// burst can never exceed the limit the way a token bucket's burst plus refill can). Not thread-safe: the pacer locks.
/// </summary>
internal sealed class SlidingWindowLimit(int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _events = new();

    public int Limit { get; private set; } = limit;
    public TimeSpan Window { get; private set; } = window;

    /// <summary>A new limit for the same log (e.g. the tenant's budget now shared by more instances).</summary>
    public void Reconfigure(int limit, TimeSpan window)
    {
        Limit = limit;
        Window = window;
    }

    /// <summary>While set in the future, nothing passes (the connector asked us to back off).</summary>
    public DateTimeOffset PausedUntil { get; private set; }

    public bool IsIdle(DateTimeOffset now)
    {
        Prune(now);
        return _events.Count == 0 && PausedUntil <= now;
    }

    /// <summary>How long until one more event is allowed; zero when it is allowed now.</summary>
    public TimeSpan WaitTime(DateTimeOffset now)
    {
        if (PausedUntil > now) return PausedUntil - now;
        Prune(now);
        // With a lowered limit more than Limit events may be in the window: wait until the one that brings it under leaves.
        return _events.Count < Limit ? TimeSpan.Zero : _events.ElementAt(_events.Count - Limit) + Window - now;
    }

    public void Record(DateTimeOffset now) => _events.Enqueue(now);

    public void PauseUntil(DateTimeOffset until)
    {
        if (until > PausedUntil) PausedUntil = until;
    }

    private void Prune(DateTimeOffset now)
    {
        while (_events.Count > 0 && _events.Peek() + Window <= now) _events.Dequeue();
    }
}
