namespace IntervisieBot.Features.Reminders.Domain;

/// <summary>
/// At most <see cref="Limit"/> events in any window of length <see cref="Window"/> (an exact sliding-window log, so a
/// burst can never exceed the limit the way a token bucket's burst plus refill can). Not thread-safe: the pacer locks.
/// <para>
/// With a <see cref="Margin"/> an event is a request whose arrival at the receiver (where the limit is counted) is known
/// only within a range: from the moment it is recorded to at most <see cref="Margin"/> later (jitter), and never later than
/// its answer (<see cref="Answered"/>). An event stays in the log until a window has passed after the latest moment it can
/// have been counted: <c>min(recorded + margin, answered) + window</c>. A new event admitted at <c>t</c> is therefore
/// checked against every event that may have been counted after <c>t - window</c>, so the receiver never sees more than
/// <see cref="Limit"/> in any window (the latest-admitted event of any receiver window proves it); without answers this
/// is the plain log over <c>window + margin</c>.
/// </para>
/// </summary>
internal sealed class SlidingWindowLimit(int limit, TimeSpan window, TimeSpan margin = default)
{
    private readonly List<Event> _events = [];

    public int Limit { get; private set; } = limit;
    public TimeSpan Window { get; private set; } = window;
    public TimeSpan Margin { get; } = margin;

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
        if (_events.Count < Limit) return TimeSpan.Zero;
        // With a lowered limit more than Limit events may be in the window: wait until the one that brings it under leaves.
        // Answers make events leave out of order, so sort the (at most a few dozen) leaving times.
        Span<long> leaving = _events.Count <= 256 ? stackalloc long[_events.Count] : new long[_events.Count];
        for (var i = 0; i < _events.Count; i++) leaving[i] = _events[i].LatestCount.UtcTicks + Window.Ticks;
        leaving.Sort();
        return new DateTimeOffset(leaving[_events.Count - Limit], TimeSpan.Zero) - now;
    }

    /// <summary>Records an event admitted now; keep the handle to tell <see cref="Answered"/> when it was answered.</summary>
    public Event Record(DateTimeOffset now)
    {
        var recorded = new Event(now + Margin);
        _events.Add(recorded);
        return recorded;
    }

    /// <summary>The request of <paramref name="recorded"/> was answered at <paramref name="at"/>: it was counted by then.</summary>
    public static void Answered(Event recorded, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (at < recorded.LatestCount) recorded.LatestCount = at;
    }

    public void PauseUntil(DateTimeOffset until)
    {
        if (until > PausedUntil) PausedUntil = until;
    }

    private void Prune(DateTimeOffset now) => _events.RemoveAll(e => e.LatestCount + Window <= now);

    /// <summary>One recorded request: the latest moment the receiver can have counted it.</summary>
    internal sealed class Event(DateTimeOffset latestCount)
    {
        public DateTimeOffset LatestCount { get; set; } = latestCount;
    }
}
