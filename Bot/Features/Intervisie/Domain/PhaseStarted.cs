namespace IntervisieBot.Features.Intervisie.Domain;

public sealed record PhaseStarted(DateTimeOffset At, PhaseClock Clock) : RoundEvent(At);
