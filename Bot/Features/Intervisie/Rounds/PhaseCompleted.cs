namespace IntervisieBot.Features.Intervisie.Rounds;

public sealed record PhaseCompleted(DateTimeOffset At, int PhaseIndex, AdvanceReason Reason) : RoundEvent(At);
