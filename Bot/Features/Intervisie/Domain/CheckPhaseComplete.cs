namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// Spread mode, after a contribution was stored on its own: completes phase <see cref="PhaseIndex"/> when everyone
/// expected has contributed and it is still the current, running phase; otherwise nothing changes. Storage writes a
/// contribution as its own row and then asks this, so the round entity is only touched when the phase really completes.
/// </summary>
public sealed record CheckPhaseComplete(string SessionId, int PhaseIndex) : IntervisieCommand(SessionId);
