namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>The inbrenger withdraws their casus: the round closes, the casus is no longer shown and no summary is posted.</summary>
public sealed record WithdrawCasus(string SessionId, string ActorId) : IntervisieCommand(SessionId);
