namespace IntervisieBot.Features.Intervisie.Domain;

public sealed record RoundStarted(
    DateTimeOffset At,
    string SessionId,
    string ConversationKey,
    string MethodId,
    string InbrengerId,
    string GespreksleiderId,
    IReadOnlyList<Participant> Participants,
    RoundMode Mode,
    int? PhaseDeadlineHours,
    string StartedBy) : RoundEvent(At);
