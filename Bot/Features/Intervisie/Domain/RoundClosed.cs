namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>The round closed: completed after its last phase, or closed early. <see cref="Summary"/> is null only when no casus was ever submitted.</summary>
public sealed record RoundClosed(DateTimeOffset At, CloseReason Reason, string? ActorId, RoundSummary? Summary) : RoundEvent(At);
