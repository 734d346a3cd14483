using IntervisieBot.Features.Intervisie.Methods;

namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// What the phase card may show right now, with anonymity already applied: who contributed (ids only in named phases,
/// otherwise just the count), this phase's contributions when the method shows them, and the contributions of an earlier
/// phase this one reveals. In anonymous phases neither contributors nor pending members are named (reminders use
/// <see cref="RoundQueries.PendingContributors"/> directly; they are private).
/// </summary>
public sealed record PhaseView(
    int PhaseIndex,
    PhaseDefinition Phase,
    IReadOnlyList<string> ContributorIds,
    int ContributorCount,
    IReadOnlyList<SummaryItem> Shown,
    PhaseDefinition? RevealedPhase,
    IReadOnlyList<SummaryItem> Revealed,
    IReadOnlyList<string> ExpectedContributorIds,
    IReadOnlyList<string> PendingContributorIds);
