namespace IntervisieBot.Features.Intervisie.Rounds;

public sealed record PhaseStarted(DateTimeOffset At, PhaseClock Clock) : RoundEvent(At);
