namespace IntervisieBot.Tests.Infrastructure;

/// <summary>
/// The system clock plus an offset the test moves forward (timers and delays stay real, so nothing in a running bot waits
/// forever as it would on a frozen clock). For end-to-end tests where weeks must pass between two browser steps.
/// </summary>
public sealed class MovableTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <summary>Moves "now" to <paramref name="target"/>; never backwards.</summary>
    public void MoveTo(DateTimeOffset target)
    {
        var shift = target - GetUtcNow();
        if (shift <= TimeSpan.Zero) return;
        Interlocked.Add(ref _offsetTicks, shift.Ticks);
    }
}
