namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>The gespreksleider chooses a tijdbewaker among those who joined (null or empty: nobody keeps the time).</summary>
public sealed record ChooseTijdbewaker(string SessionId, string ActorId, string? TijdbewakerId) : IntervisieCommand(SessionId);
