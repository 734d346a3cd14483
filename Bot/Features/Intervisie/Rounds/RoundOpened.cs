namespace IntervisieBot.Features.Intervisie.Rounds;

public sealed record RoundOpened(DateTimeOffset At, string SessionId, string ConversationKey, string StartedBy, bool AsksAgreement = false, string? MethodId = null) : RoundEvent(At);
