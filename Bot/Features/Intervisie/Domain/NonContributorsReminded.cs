namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>The one reminder of a phase: send it to <see cref="MemberIds"/> (possibly none). Marks the reminder as sent.</summary>
public sealed record NonContributorsReminded(DateTimeOffset At, int PhaseIndex, IReadOnlyList<string> MemberIds) : RoundEvent(At);
