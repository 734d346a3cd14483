namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>Something that happened to a round. Events carry every value <see cref="RoundEvolver"/> needs, so applying them is pure.</summary>
public abstract record RoundEvent(DateTimeOffset At);
