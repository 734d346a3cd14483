namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// A member who joined proposes a casus in one line (choosing the incident): while the round waits for its casus, or in a
/// phase where the group chooses the casus. Proposing again replaces the member's proposal.
/// </summary>
public sealed record ProposeCasus(string SessionId, string ActorId, string? Text) : IntervisieCommand(SessionId);
