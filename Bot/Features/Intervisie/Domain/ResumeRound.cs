namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>Resume a paused round; deadlines shift by the time spent paused. Resuming a running round changes nothing.</summary>
public sealed record ResumeRound(string SessionId, string ActorId) : IntervisieCommand(SessionId);
