namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>Pause a running round; the phase clock stops. Pausing a paused round changes nothing.</summary>
public sealed record PauseRound(string SessionId, string ActorId) : IntervisieCommand(SessionId);
