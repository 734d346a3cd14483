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
    bool IsProblemStatement = false);
