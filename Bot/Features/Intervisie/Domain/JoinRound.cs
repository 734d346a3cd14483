namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>A conversation member who was not in the round when it started joins it. Joining twice changes nothing.</summary>
public sealed record JoinRound(string SessionId, Participant Participant) : IntervisieCommand(SessionId);
