namespace IntervisieBot.Features.Intervisie.Rounds;

public sealed record RoundPaused(DateTimeOffset At, string ActorId) : RoundEvent(At);
