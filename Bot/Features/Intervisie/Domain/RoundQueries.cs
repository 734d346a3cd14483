using IntervisieBot.Features.Intervisie.Methods;

namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>Read-only questions about a round, shared by the engine, the cards and the scheduler.</summary>
public static class RoundQueries
{
    /// <summary>Whether <paramref name="memberId"/> may contribute to phase <paramref name="phase"/> (status not considered).</summary>
    public static bool MayContribute(RoundState state, PhaseDefinition phase, string memberId)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(phase);
        if (!phase.Collects.CollectsAnything || !state.IsParticipant(memberId))
        {
            return false;
        }

        return phase.Actor switch
        {
            PhaseActor.Inbrenger => memberId == state.InbrengerId,
            PhaseActor.Gespreksleider => memberId == state.GespreksleiderId,
            PhaseActor.EachMember => memberId != state.InbrengerId,
            _ => true,
        };
    }

    /// <summary>
    /// Who is expected to contribute to a phase: the inbrenger or gespreksleider for their own phases, everyone but the
    /// inbrenger for <see cref="PhaseActor.EachMember"/>, nobody for <see cref="PhaseActor.Group"/> (optional) or talk-only phases.
    /// </summary>
    public static IReadOnlyList<string> ExpectedContributors(RoundState state, PhaseDefinition phase)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(phase);
        if (!phase.Collects.CollectsAnything)
        {
            return [];
        }

        return phase.Actor switch
        {
            PhaseActor.Inbrenger => [state.InbrengerId],
            PhaseActor.Gespreksleider => [state.GespreksleiderId],
            PhaseActor.EachMember => [.. state.Participants.Select(p => p.Id).Where(id => id != state.InbrengerId)],
            _ => [],
        };
    }

    /// <summary>Expected contributors of phase <paramref name="phaseIndex"/> who have not contributed yet, in participant order.</summary>
    public static IReadOnlyList<string> PendingContributors(RoundState state, PhaseDefinition phase, int phaseIndex)
    {
        var contributed = ContributorIds(state, phaseIndex);
        return [.. ExpectedContributors(state, phase).Where(id => !contributed.Contains(id))];
    }

    public static bool AllExpectedContributed(RoundState state, PhaseDefinition phase, int phaseIndex) =>
        ExpectedContributors(state, phase).Count > 0 && PendingContributors(state, phase, phaseIndex).Count == 0;

    public static HashSet<string> ContributorIds(RoundState state, int phaseIndex)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.ContributionsIn(phaseIndex).Select(c => c.AuthorId).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The items of a phase as they may be shown: named phases in the order they came in, anonymous phases without
    /// authors and sorted by content (so the order does not give away who wrote what).
    /// </summary>
    public static IReadOnlyList<SummaryItem> ShownItems(RoundState state, PhaseDefinition phase, int phaseIndex)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(phase);
        var items = state.ContributionsIn(phaseIndex);
        if (phase.Visibility == ContributionVisibility.Anonymous)
        {
            return
            [
                .. items
                    .OrderBy(c => c.ChoiceOptionId ?? string.Empty, StringComparer.Ordinal)
                    .ThenBy(c => c.Text ?? string.Empty, StringComparer.Ordinal)
                    .Select((c, i) => new SummaryItem($"{phaseIndex:D2}:anon:{i + 1:D2}", null, c.Text, c.ChoiceOptionId)),
            ];
        }

        return
        [
            .. items
                .OrderBy(c => c.At)
                .ThenBy(c => c.Id, StringComparer.Ordinal)
                .Select(c => new SummaryItem(c.Id, c.AuthorId, c.Text, c.ChoiceOptionId) { Answer = state.AnswerTo(c.Id)?.Text }),
        ];
    }

    /// <summary>What the card for the current phase shows. Null while the round waits for its casus.</summary>
    public static PhaseView? CurrentView(RoundState state, MethodDefinition method)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(method);
        if (state.Casus is null || state.PhaseIndex >= method.Phases.Count)
        {
            return null;
        }

        var index = state.PhaseIndex;
        var phase = method.Phases[index];
        var contributors = state.Participants.Select(p => p.Id).Where(ContributorIds(state, index).Contains).ToList();
        var revealedIndex = phase.RevealsPhaseId is null ? -1 : method.IndexOf(phase.RevealsPhaseId);
        var revealedPhase = revealedIndex >= 0 ? method.Phases[revealedIndex] : null;
        return new PhaseView(
            index,
            phase,
            phase.Visibility == ContributionVisibility.Named ? contributors : [],
            contributors.Count,
            phase.ShowContributions ? ShownItems(state, phase, index) : [],
            revealedPhase,
            revealedPhase is null ? [] : ShownItems(state, revealedPhase, revealedIndex),
            ExpectedContributors(state, phase),
            phase.Visibility == ContributionVisibility.Named ? PendingContributors(state, phase, index) : []);
    }

    /// <summary>
    /// Spread mode: the next moment the scheduler should look at this round (the reminder, else the deadline).
    /// Null when nothing is scheduled (live mode, paused, closed, awaiting the casus).
    /// </summary>
    public static DateTimeOffset? NextDueAt(RoundState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status != RoundStatus.Running || state.Mode != RoundMode.Spread || state.Clock is not { } clock)
        {
            return null;
        }

        return !clock.ReminderSent && clock.ReminderDueAt < clock.DeadlineAt ? clock.ReminderDueAt : clock.DeadlineAt;
    }
}
