namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>The inbrenger describes the casus (already checked by the privacy guard); the first phase starts.</summary>
public sealed record SubmitCasus(string SessionId, string ActorId, string Title, string? Description) : IntervisieCommand(SessionId);
