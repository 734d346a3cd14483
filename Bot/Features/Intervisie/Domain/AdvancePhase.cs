namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// "Volgende fase". <see cref="ExpectedPhaseIndex"/> is the phase the clicked card showed; when the round has already
/// moved on (a double click, two moderators at once) the command changes nothing.
/// </summary>
/// <param name="SessionId">The round.</param>
/// <param name="ActorId">Who clicked.</param>
/// <param name="ExpectedPhaseIndex">The phase the card showed.</param>
public sealed record AdvancePhase(string SessionId, string ActorId, int ExpectedPhaseIndex)
    : IntervisieCommand(SessionId);
