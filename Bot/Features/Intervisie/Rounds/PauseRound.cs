namespace IntervisieBot.Features.Intervisie.Rounds;

/// <summary>Pause a running round; the phase clock stops. Pausing a paused round changes nothing.</summary>
public sealed record PauseRound(string SessionId, string ActorId) : IntervisieCommand(SessionId);
