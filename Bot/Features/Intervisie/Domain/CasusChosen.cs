namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>A proposed casus was chosen: <see cref="InbrengerId"/> is the inbrenger now and <see cref="Casus"/> the casus.</summary>
public sealed record CasusChosen(DateTimeOffset At, string InbrengerId, Casus Casus) : RoundEvent(At);
