namespace IntervisieBot.Features.Intervisie.Domain;

public sealed record PhaseCompleted(DateTimeOffset At, int PhaseIndex, AdvanceReason Reason) : RoundEvent(At);
