namespace IntervisieBot.Features.Intervisie.Rounds;

/// <summary>
/// <c>start intervisie</c>: opens a round for taking part. Nobody is enrolled; members choose "Ik doe mee" on the start card
/// until the round begins (<see cref="BeginRound"/>).
/// </summary>
public sealed record OpenRound(string SessionId, string ConversationKey, string StartedBy) : IntervisieCommand(SessionId);
