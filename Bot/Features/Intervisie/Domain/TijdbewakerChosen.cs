namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>The round's tijdbewaker is now <see cref="TijdbewakerId"/> (null: nobody).</summary>
public sealed record TijdbewakerChosen(DateTimeOffset At, string? TijdbewakerId) : RoundEvent(At);
