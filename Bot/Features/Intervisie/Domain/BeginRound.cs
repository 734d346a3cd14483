namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// "Start de ronde" on the start card: the gathering round begins with the members who joined. The inbrenger and
/// gespreksleider default to the proposal (null = take the proposal); both must be among those who joined. A tijdbewaker
/// (optional) must have joined too.
/// </summary>
public sealed record BeginRound(
    string SessionId,
    string ActorId,
    string MethodId,
    string? InbrengerId,
    string? GespreksleiderId,
    RoundMode Mode,
    int? PhaseDeadlineHours,
    string? TijdbewakerId = null) : IntervisieCommand(SessionId);
