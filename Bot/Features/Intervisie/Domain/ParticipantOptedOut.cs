namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>A member left the gathering round; the proposal for the roles is recomputed among those still in.</summary>
public sealed record ParticipantOptedOut(DateTimeOffset At, string MemberId, string ProposedInbrengerId, string ProposedGespreksleiderId) : RoundEvent(At);
