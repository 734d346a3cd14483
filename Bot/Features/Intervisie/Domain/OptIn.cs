using IntervisieBot.Features.Intervisie.Domain;

namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// "Ik doe mee" on the start card while the round gathers. <see cref="History"/> is the team's rotation, so the proposed
/// inbrenger and gespreksleider are chosen fairly among those who joined. Joining twice changes nothing.
/// </summary>
public sealed record OptIn(string SessionId, Participant Participant, IReadOnlyList<RotationHistoryEntry> History) : IntervisieCommand(SessionId);
