namespace IntervisieBot.Features.Intervisie.Domain;

public sealed record ParticipantJoined(DateTimeOffset At, Participant Participant) : RoundEvent(At);
