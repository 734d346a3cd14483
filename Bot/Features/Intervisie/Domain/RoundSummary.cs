namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// The end-of-round model behind the summary card: casus title, the contributions of every collecting phase (anonymous
/// phases without authors), what the inbrenger chose and the problem statement the inbrenger confirmed (when the method has one). Built by <see cref="RoundSummaryBuilder"/>.
/// </summary>
public sealed record RoundSummary(
    string SessionId,
    string MethodId,
    string CasusTitle,
    string InbrengerId,
    CloseReason Outcome,
    int PhasesCompleted,
    int PhaseCount,
    IReadOnlyList<PhaseSummary> Phases,
    InbrengerChoiceSummary? InbrengerChoice,
    DateTimeOffset ClosedAt,
    string? ProblemStatement = null);
