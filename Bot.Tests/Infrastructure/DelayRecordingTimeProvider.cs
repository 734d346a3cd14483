using Microsoft.Extensions.Time.Testing;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>
/// A <see cref="FakeTimeProvider"/> whose one-shot timers fire at once: each timer's due time is recorded in
/// <see cref="RequestedDelays"/> and the fake clock is advanced by exactly that much right after the timer exists.
/// So code awaiting <c>Task.Delay(d, timeProvider)</c> continues without real waiting, and tests can assert which
/// delays were asked for. Only use it where every timer on this provider is a delay meant to elapse.
/// </summary>
public sealed class DelayRecordingTimeProvider : FakeTimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _delays = [];

    public DelayRecordingTimeProvider()
        : this(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public DelayRecordingTimeProvider(DateTimeOffset start)
        : base(start)
    {
    }

    public IReadOnlyList<TimeSpan> RequestedDelays
    {
        get { lock (_gate) return [.. _delays]; }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan && period == Timeout.InfiniteTimeSpan)
        {
            lock (_gate) _delays.Add(dueTime);
            // Advance after CreateTimer has returned, so the awaiting Task.Delay is fully set up.
            ThreadPool.QueueUserWorkItem(_ => Advance(dueTime));
        }
        return timer;
    }
}
