namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// <c>start intervisie</c>: opens a round for taking part. Nobody is enrolled; members choose "Ik doe mee" on the start card
/// until the round begins (<see cref="BeginRound"/>). <paramref name="AsksAgreement"/>: the group is new (nobody confirmed its
/// agreement yet), so the start card shows the group agreement and joining confirms it. <paramref name="MethodId"/>: the method
/// the start card preselects (a planned session's); the one who begins the round still chooses.
/// </summary>
public sealed record OpenRound(string SessionId, string ConversationKey, string StartedBy, bool AsksAgreement = false, string? MethodId = null) : IntervisieCommand(SessionId);
