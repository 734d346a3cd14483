namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>The inbrenger withdrew the casus; the round's casus is forgotten (the round closes with <see cref="CloseReason.Withdrawn"/>).</summary>
public sealed record CasusWithdrawn(DateTimeOffset At, string ActorId) : RoundEvent(At);
