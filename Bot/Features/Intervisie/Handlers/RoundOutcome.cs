using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Lessons.FollowUp.Domain;

namespace IntervisieBot.Features.Intervisie.Handlers;

/// <summary>What happened to a command: the round as it is now (when found), the refusal, and the events that were stored.</summary>
public sealed record RoundOutcome(RoundOutcomeKind Kind, StoredRound? Round, RefusalReason? Reason, IReadOnlyList<RoundEvent> Events)
{
    public static RoundOutcome NotFound { get; } = new(RoundOutcomeKind.NotFound, null, RefusalReason.RoundNotFound, []);

    public static RoundOutcome Busy(StoredRound? round) => new(RoundOutcomeKind.Busy, round, null, []);

    public static RoundOutcome Refused(StoredRound round, RefusalReason reason) => new(RoundOutcomeKind.Refused, round, reason, []);

    public static RoundOutcome Unchanged(StoredRound round) => new(RoundOutcomeKind.Unchanged, round, null, []);

    public static RoundOutcome Changed(StoredRound round, IReadOnlyList<RoundEvent> events) => new(RoundOutcomeKind.Changed, round, null, events);
}
