namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>What the actor is told about their action (the cards turn it into words).</summary>
public enum SessionNotice
{
    NoRole,
    Accepted,
    Away,
    Back,
    Swapped,
    AwayFirst,
    TookOver,
}
