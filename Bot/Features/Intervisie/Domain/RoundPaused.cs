namespace IntervisieBot.Features.Intervisie.Domain;

public sealed record RoundPaused(DateTimeOffset At, string ActorId) : RoundEvent(At);
