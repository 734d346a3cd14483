namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>Start a round: method, roles, participants and mode. The round then waits for the inbrenger's casus.</summary>
public sealed record StartRound(
    string SessionId,
    string ConversationKey,
    string MethodId,
    string InbrengerId,
    string GespreksleiderId,
    IReadOnlyList<Participant> Participants,
    RoundMode Mode,
    int? PhaseDeadlineHours,
    string StartedBy) : IntervisieCommand(SessionId);
