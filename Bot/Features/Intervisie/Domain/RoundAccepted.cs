namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// The command was accepted. <see cref="Events"/> may be empty: the command was a harmless repeat (a double click,
/// a stale deadline) and <see cref="State"/> is the unchanged input state; there is nothing to store or send.
/// </summary>
public sealed record RoundAccepted(RoundState State, IReadOnlyList<RoundEvent> Events) : RoundResult
{
    public bool Changed => Events.Count > 0;
}
