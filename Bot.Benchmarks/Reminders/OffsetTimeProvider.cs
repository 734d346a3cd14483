
namespace IntervisieBot.Benchmarks.Reminders;

/// <summary>
/// The system clock shifted by a fixed offset (timers and timestamps stay real), so a benchmark or test that runs at
/// night or on a Sunday can still run "inside" the working-day window.
/// </summary>
public sealed class OffsetTimeProvider(TimeSpan offset) : TimeProvider
{
    public TimeSpan Offset { get; } = offset;

    /// <summary>A clock whose "now" is <paramref name="target"/> at the moment of creation.</summary>
    public static OffsetTimeProvider StartingAt(DateTimeOffset target) => new(target - System.GetUtcNow());

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
