namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>One phase (round, step) of an intervisie method, as read from its definition file.</summary>
/// <param name="Id">Stable id, unique within the method (lower-case, digits and dashes).</param>
/// <param name="Title">Short title shown on the phase card.</param>
/// <param name="GroupInstruction">What everyone does now.</param>
/// <param name="GespreksleiderInstruction">What the gespreksleider watches for in this phase.</param>
/// <param name="InputLabel">Label of the text input on the card; present exactly when the phase collects text.</param>
/// <param name="Actor">Who acts, and so who may contribute.</param>
/// <param name="Collects">What is collected.</param>
/// <param name="Visibility">Named or anonymous contributions.</param>
/// <param name="ShowContributions">Whether this phase's contributions are shown on the card while the phase runs.</param>
/// <param name="TimeboxMinutes">The timebox for a live round.</param>
/// <param name="RevealsPhaseId">An earlier phase whose (hidden) contributions this phase shows, e.g. written standpoints read out.</param>
/// <param name="IsInbrengerChoice">This phase records what the inbrenger chose; the summary shows it as such.</param>
/// <param name="IsProblemStatement">What the inbrenger writes in this phase is the confirmed problem statement, kept on its own (summary, lesson).</param>
/// <param name="IsLiveOnly">The step only works in a live conversation; a method with such a step is never run spread over days.</param>
/// <param name="AnswersQuestions">
/// Spread over days, the inbrenger answers the questions of this phase here, each answer shown under its question: the
/// questions this phase reveals (<paramref name="RevealsPhaseId"/>), else the questions written in this phase itself.
/// </param>
/// <param name="ReactionLabel">A talk step that, spread over days, collects short reactions from the group (this is their input label); null: talk only.</param>
/// <param name="ChoosesCasus">In this step members who joined propose a casus in one line and the gespreksleider picks one; the inbrenger changes in place.</param>
public sealed record PhaseDefinition(
    string Id,
    BilingualText Title,
    BilingualText GroupInstruction,
    BilingualText GespreksleiderInstruction,
    BilingualText? InputLabel,
    PhaseActor Actor,
    PhaseCollection Collects,
    ContributionVisibility Visibility,
    bool ShowContributions,
    int TimeboxMinutes,
    string? RevealsPhaseId,
    bool IsInbrengerChoice,
    bool IsLiveOnly = false,
    bool IsProblemStatement = false,
    bool AnswersQuestions = false,
    BilingualText? ReactionLabel = null,
    bool ChoosesCasus = false)
{
    /// <summary>Most characters of one reaction in a talk step spread over days.</summary>
    public const int MaxReactionLength = 280;

    /// <summary>Most reactions one member gives in a talk step spread over days.</summary>
    public const int MaxReactionsPerMember = 3;

    /// <summary>Whether this talk step collects reactions (spread over days only).</summary>
    public bool CollectsReactions => ReactionLabel is not null;

    /// <summary>
    /// The phase as a round in <paramref name="mode"/> runs it: spread over days, a talk step with reactions collects up to
    /// <see cref="MaxReactionsPerMember"/> short named texts from the group, shown on the card; otherwise the phase as written.
    /// </summary>
    public PhaseDefinition For(Domain.RoundMode mode) =>
        mode == Domain.RoundMode.Spread && ReactionLabel is { } label && !Collects.CollectsAnything
            ? this with { Collects = new PhaseCollection(CollectKind.MemberTexts, MaxReactionsPerMember, []), InputLabel = label, ShowContributions = true }
            : this;
}
