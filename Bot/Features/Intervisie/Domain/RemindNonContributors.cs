namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// From the scheduler (spread mode): decide the one reminder for <see cref="PhaseIndex"/>. When due and not yet sent,
/// the result names who still has to contribute and marks the reminder as sent; otherwise nothing changes.
/// </summary>
public sealed record RemindNonContributors(string SessionId, int PhaseIndex) : IntervisieCommand(SessionId);
