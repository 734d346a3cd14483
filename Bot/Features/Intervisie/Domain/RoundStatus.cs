namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>Lifecycle of a round: <c>Gathering → AwaitingCasus → Running ⇄ Paused → Closed</c>.</summary>
public enum RoundStatus
{
    /// <summary>Started; waiting for the inbrenger to describe the casus. No phase runs yet.</summary>
    AwaitingCasus,
    Running,
    Paused,
    Closed,

    /// <summary>Opened with <c>start intervisie</c>: members choose to take part; no method or roles yet.</summary>
    Gathering,
}
