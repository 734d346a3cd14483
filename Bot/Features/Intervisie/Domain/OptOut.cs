using IntervisieBot.Features.Intervisie.Domain;

namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>"Ik doe niet meer mee" on the start card, until the round begins. Leaving when not joined changes nothing.</summary>
public sealed record OptOut(string SessionId, string ActorId, IReadOnlyList<RotationHistoryEntry> History) : IntervisieCommand(SessionId);
