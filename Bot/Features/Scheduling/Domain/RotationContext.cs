using IntervisieBot.Features.Intervisie.Domain;

namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>Rotation input for one session: who held which role when, and the previous session's role holders.</summary>
public sealed record RotationContext(IReadOnlyList<RotationHistoryEntry> Entries, IReadOnlyList<string> Previous);
