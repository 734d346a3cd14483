namespace IntervisieBot.Features.Intervisie.Handlers;

/// <summary>Configuration section <c>Intervisie:CardUpdates</c>: the shared round card's update after the turn.</summary>
public sealed class RoundCardUpdateOptions
{
    public const string SectionName = "Intervisie:CardUpdates";

    /// <summary>
    /// How long a requested update of a round card waits for more changes to the same card before it goes out: several
    /// contributions within this window cost one update, carrying the latest state. Wall-clock time (0 to 5 s).
    /// </summary>
    public TimeSpan CoalesceWindow { get; set; } = TimeSpan.FromMilliseconds(250);
}
