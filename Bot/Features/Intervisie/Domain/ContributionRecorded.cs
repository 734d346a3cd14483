namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>A contribution was added, or (<see cref="Replaced"/>) replaced the member's earlier answer with the same id.</summary>
public sealed record ContributionRecorded(DateTimeOffset At, Contribution Contribution, bool Replaced) : RoundEvent(At);
