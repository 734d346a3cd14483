namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>Close the round early; contributions so far are kept. Closing a closed round changes nothing.</summary>
public sealed record CloseRound(string SessionId, string ActorId) : IntervisieCommand(SessionId);
