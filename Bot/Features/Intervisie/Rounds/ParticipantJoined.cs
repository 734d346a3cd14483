namespace IntervisieBot.Features.Intervisie.Rounds;

public sealed record ParticipantJoined(DateTimeOffset At, Participant Participant) : RoundEvent(At);
