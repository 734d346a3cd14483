namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// Timing of the running phase. In spread mode <see cref="DeadlineAt"/> and <see cref="ReminderDueAt"/> are set; pausing
/// stops this clock and resuming shifts every future instant by the time spent paused.
/// </summary>
/// <param name="PhaseIndex">The phase this clock belongs to.</param>
/// <param name="StartedAt">When the phase started.</param>
/// <param name="TimeboxEndsAt">Start plus the method's timebox (guidance in live mode).</param>
/// <param name="DeadlineAt">Spread mode: when the phase completes by itself.</param>
/// <param name="ReminderDueAt">Spread mode: when members who have not contributed get their one reminder.</param>
/// <param name="ReminderSent">The reminder for this phase has been decided; it is never repeated.</param>
public sealed record PhaseClock(
    int PhaseIndex,
    DateTimeOffset StartedAt,
    DateTimeOffset TimeboxEndsAt,
    DateTimeOffset? DeadlineAt,
    DateTimeOffset? ReminderDueAt,
    bool ReminderSent)
{
    public PhaseClock ShiftedBy(TimeSpan pause) => this with
    {
        TimeboxEndsAt = TimeboxEndsAt + pause,
        DeadlineAt = DeadlineAt + pause,
        ReminderDueAt = ReminderDueAt + pause,
    };
}
