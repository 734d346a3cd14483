namespace IntervisieBot.Features.Intervisie.Rounds;

/// <summary>Lifecycle of a round: <c>AwaitingCasus → Running ⇄ Paused → Closed</c>.</summary>
public enum RoundStatus
{
    /// <summary>Started; waiting for the inbrenger to describe the casus. No phase runs yet.</summary>
    AwaitingCasus,
    Running,
    Paused,
    Closed,
}
