namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// The gespreksleider picks the casus proposal of <see cref="ProposerId"/>: that member becomes the inbrenger and the
/// proposal the casus, in place (the round is not closed).
/// </summary>
public sealed record ChooseCasus(string SessionId, string ActorId, string ProposerId) : IntervisieCommand(SessionId);
