namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// The state of one intervisie round. Immutable; produced only by <see cref="RoundEvolver.Apply"/>.
/// <see cref="Version"/> grows by one with every round-level event; contributions do not change it (they are
/// separate items, see <see cref="Contribution"/>), so concurrent contributions never conflict on the round.
/// </summary>
public sealed record RoundState
{
    public required string SessionId { get; init; }

    /// <summary>Team/conversation key (tenant + channel or chat) the round belongs to.</summary>
    public required string ConversationKey { get; init; }

    public required string MethodId { get; init; }

    public required string InbrengerId { get; init; }

    public required string GespreksleiderId { get; init; }

    public required IReadOnlyList<Participant> Participants { get; init; }

    public required RoundMode Mode { get; init; }

    /// <summary>Who keeps the time (a participant, chosen on the start card or by the gespreksleider); null: nobody.</summary>
    public string? TijdbewakerId { get; init; }

    /// <summary>Spread mode only: hours each phase stays open.</summary>
    public int? PhaseDeadlineHours { get; init; }

    public required RoundStatus Status { get; init; }

    public CloseReason? CloseReason { get; init; }

    /// <summary>The current phase (0-based). Stays 0 while awaiting the casus; stays on the last phase once completed.</summary>
    public int PhaseIndex { get; init; }

    /// <summary>Timing of the current phase; null until the casus is submitted.</summary>
    public PhaseClock? Clock { get; init; }

    public DateTimeOffset? PausedAt { get; init; }

    public Casus? Casus { get; init; }

    public IReadOnlyList<Contribution> Contributions { get; init; } = [];

    public required long Version { get; init; }

    public required string StartedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The group's first round: its start card shows the group agreement and "Ik doe mee" confirms it.</summary>
    public bool AsksAgreement { get; init; }

    public bool IsParticipant(string memberId) => Participants.Any(p => p.Id == memberId);

    /// <summary>The contributions to phase <paramref name="phaseIndex"/> (answers under questions and casus proposals are not among them).</summary>
    public IEnumerable<Contribution> ContributionsIn(int phaseIndex) => Contributions.Where(c => c.PhaseIndex == phaseIndex && c.IsPhaseContribution);

    /// <summary>The inbrenger's answer to the question <paramref name="questionId"/>, if given.</summary>
    public Contribution? AnswerTo(string questionId) => Contributions.FirstOrDefault(c => c.AnswersQuestionId == questionId);

    /// <summary>The casus proposals of members who joined (choosing the incident), in the order they came in.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<Contribution> Proposals => Contributions.Where(c => c.IsProposal).OrderBy(c => c.At);
}
