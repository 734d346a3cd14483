namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>Why <c>afwezig &lt;datum&gt;</c> / <c>aanwezig &lt;datum&gt;</c> names no session to mark (None: it does).</summary>
public enum AwayDateProblem
{
    None,
    NoMoreSessions,
    NoDate,
    Unreadable,
    Past,
    NotASession,
}
