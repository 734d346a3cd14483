namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// A member's contribution to phase <see cref="PhaseIndex"/> (the phase the card showed): a text for text phases,
/// an option id for choice phases. A contribution for a phase that is no longer current is refused.
/// </summary>
public sealed record Contribute(string SessionId, string ActorId, int PhaseIndex, string? Text, string? ChoiceOptionId)
    : IntervisieCommand(SessionId);
