namespace IntervisieBot.Features.Intervisie.Domain;

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
    private const string AnswerPrefix = "re:";
    private const string ProposalPrefix = "casus:";

    public static string MakeId(int phaseIndex, string authorId, int sequence) =>
        $"{phaseIndex:D2}:{authorId}:{sequence:D2}";

    /// <summary>The inbrenger's answer to question <paramref name="questionId"/>: one per question (answering again replaces it).</summary>
    public static string MakeAnswerId(string questionId) => AnswerPrefix + questionId;

    /// <summary>A member's one-line casus proposal: one per member per round (proposing again replaces it).</summary>
    public static string MakeProposalId(string authorId) => ProposalPrefix + authorId;

    /// <summary>The question this contribution answers (an inbrenger's answer), else null.</summary>
    public string? AnswersQuestionId => Id.StartsWith(AnswerPrefix, StringComparison.Ordinal) ? Id[AnswerPrefix.Length..] : null;

    /// <summary>A casus proposal (for choosing the incident), not a contribution to a phase.</summary>
    public bool IsProposal => Id.StartsWith(ProposalPrefix, StringComparison.Ordinal);

    /// <summary>A contribution to its phase: neither an answer under a question nor a casus proposal.</summary>
    public bool IsPhaseContribution => AnswersQuestionId is null && !IsProposal;
}
