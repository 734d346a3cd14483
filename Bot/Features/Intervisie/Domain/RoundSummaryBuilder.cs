using IntervisieBot.Features.Intervisie.Methods;

namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>Builds the <see cref="RoundSummary"/> from a round's state and its method. Pure; callable any time after the casus.</summary>
public static class RoundSummaryBuilder
{
    public static RoundSummary? Build(RoundState state, MethodDefinition method, CloseReason outcome, DateTimeOffset closedAt)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(method);
        if (state.Casus is null)
        {
            return null;
        }

        var phases = new List<PhaseSummary>();
        InbrengerChoiceSummary? choice = null;
        for (var i = 0; i < method.Phases.Count; i++)
        {
            var phase = method.Phases[i];
            if (phase.IsInbrengerChoice)
            {
                var answer = state.ContributionsIn(i).FirstOrDefault(c => c.AuthorId == state.InbrengerId);
                choice = new InbrengerChoiceSummary(phase.Id, answer?.Text, answer?.ChoiceOptionId);
                continue;
            }

            if (!phase.Collects.CollectsAnything)
            {
                continue;
            }

            phases.Add(new PhaseSummary(
                i,
                phase.Id,
                phase.Visibility,
                state.ContributionsIn(i).Select(c => c.AuthorId).Distinct(StringComparer.Ordinal).Count(),
                RoundQueries.ShownItems(state, phase, i)));
        }

        var completed = outcome == CloseReason.Completed ? method.Phases.Count : state.Status == RoundStatus.AwaitingCasus ? 0 : state.PhaseIndex;
        return new RoundSummary(
            state.SessionId,
            method.Id,
            state.Casus.Title,
            state.InbrengerId,
            outcome,
            completed,
            method.Phases.Count,
            phases,
            choice,
            closedAt,
            ProblemStatement(state, method));
    }

    /// <summary>The inbrenger's own text in the method's problem-statement phase (vijfstappenmethode step 3), if written.</summary>
    public static string? ProblemStatement(RoundState state, MethodDefinition method)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(method);
        var index = method.Phases.ToList().FindIndex(p => p.IsProblemStatement);
        return index < 0 ? null : state.ContributionsIn(index).Where(c => c.AuthorId == state.InbrengerId).OrderBy(c => c.At).LastOrDefault()?.Text;
    }
}
