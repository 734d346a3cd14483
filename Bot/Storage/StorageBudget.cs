namespace IntervisieBot.Storage;

/// <summary>
/// The storage budget per kind of turn (issue #16; <c>docs/architecture.md</c>): storage requests from intake to answer, as
/// <see cref="StorageRequestCountingPolicy"/> counts them (every HTTP request, retries included), in a known conversation.
/// Asserted in <c>Bot.Tests/Durability/StorageBudget*Tests</c> and printed per kind by <c>./bench.sh</c>.
/// </summary>
public static class StorageBudget
{
    /// <summary>A known command message: its durable intake (the inbox insert, which is its de-dup marker) and its done mark.</summary>
    public const int KnownCommandMessage = 2;

    /// <summary>One contribution to a running round, the invoke's de-dup record included.</summary>
    public const int RoundContribution = 3;

    /// <summary>Starting a round from the start card, the invoke's de-dup record included.</summary>
    public const int RoundStart = 4;

    /// <summary>Saving a lesson, the invoke's de-dup record included, …</summary>
    public const int LessonSave = 3;

    /// <summary>… plus the one write that schedules its follow-up reminder.</summary>
    public const int LessonReminder = 1;
}
