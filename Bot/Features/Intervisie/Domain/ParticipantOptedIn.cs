namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>A member joined the gathering round; the proposal for the roles is recomputed among everyone who joined.</summary>
public sealed record ParticipantOptedIn(DateTimeOffset At, Participant Participant, string ProposedInbrengerId, string ProposedGespreksleiderId) : RoundEvent(At);
