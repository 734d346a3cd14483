namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// From the scheduler (spread mode): the deadline of <see cref="PhaseIndex"/> may have passed. The round advances once
/// if that phase is still current, running and really past its deadline; otherwise nothing changes.
/// </summary>
public sealed record DeadlinePassed(string SessionId, int PhaseIndex) : IntervisieCommand(SessionId);
