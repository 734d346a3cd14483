namespace IntervisieBot.Features.Intervisie.Rounds;

/// <summary>
/// One contribution of one member in one phase: a separate item (and a separate storage row), so members answering
/// at the same moment never compete for the round itself. <see cref="Id"/> is deterministic
/// (<c>phase:author:sequence</c>): resubmitting a one-answer phase reuses the id (an upsert replaces the answer),
/// and a member's own double submit collides on the same id instead of creating a duplicate.
/// </summary>
/// <param name="Id">Stable id within the round.</param>
/// <param name="PhaseIndex">Index of the phase in the method.</param>
/// <param name="PhaseId">Id of the phase in the method.</param>
/// <param name="AuthorId">The member who wrote it. Anonymous phases still store it (for "one per member" and reminders) but never show it.</param>
/// <param name="Sequence">1-based number of this member's contribution in this phase.</param>
/// <param name="Text">Free text (texts phases); never logged.</param>
/// <param name="ChoiceOptionId">Chosen option id (choice phases).</param>
/// <param name="At">When it was recorded.</param>
public sealed record Contribution(
    string Id,
    int PhaseIndex,
    string PhaseId,
    string AuthorId,
    int Sequence,
    string? Text,
    string? ChoiceOptionId,
    DateTimeOffset At)
{
    public static string MakeId(int phaseIndex, string authorId, int sequence) =>
        $"{phaseIndex:D2}:{authorId}:{sequence:D2}";
}
