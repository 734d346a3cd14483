using IntervisieBot.Features.Intervisie.Rotation;

namespace IntervisieBot.Features.Intervisie.Rounds;

/// <summary>"Ik doe niet meer mee" on the start card, until the round begins. Leaving when not joined changes nothing.</summary>
public sealed record OptOut(string SessionId, string ActorId, IReadOnlyList<RotationHistoryEntry> History) : IntervisieCommand(SessionId);
