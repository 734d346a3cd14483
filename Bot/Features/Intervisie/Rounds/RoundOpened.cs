namespace IntervisieBot.Features.Intervisie.Rounds;

public sealed record RoundOpened(DateTimeOffset At, string SessionId, string ConversationKey, string StartedBy) : RoundEvent(At);
