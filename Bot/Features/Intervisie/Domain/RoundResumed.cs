namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>The round resumed after <see cref="PausedFor"/>; <see cref="Clock"/> is the phase clock shifted by that time.</summary>
public sealed record RoundResumed(DateTimeOffset At, string ActorId, TimeSpan PausedFor, PhaseClock? Clock) : RoundEvent(At);
