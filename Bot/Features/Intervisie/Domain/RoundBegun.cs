namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>The gathering round began: from here on it waits for the inbrenger's casus, like a round started directly.</summary>
public sealed record RoundBegun(
    DateTimeOffset At,
    string MethodId,
    string InbrengerId,
    string GespreksleiderId,
    RoundMode Mode,
    int? PhaseDeadlineHours,
    string? TijdbewakerId = null) : RoundEvent(At);
