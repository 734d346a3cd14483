namespace IntervisieBot.Features.Intervisie.Domain;

public sealed record RoundOpened(DateTimeOffset At, string SessionId, string ConversationKey, string StartedBy, bool AsksAgreement = false, string? MethodId = null) : RoundEvent(At);
