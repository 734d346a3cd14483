namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>An intervisie method: ordered phases plus texts, loaded from one definition file (<see cref="Source"/>); <see cref="Reference"/> names the published source of the method.</summary>
public sealed record MethodDefinition(
    string Id,
    BilingualText Name,
    BilingualText Description,
    int TypicalDurationMinutes,
    IReadOnlyList<PhaseDefinition> Phases,
    string Source,
    string Reference = "",
    IReadOnlyList<string>? Suits = null)
{
    /// <summary>The kinds of casus this method suits (<see cref="MethodAdvisor.Kinds"/>), for "Welke methode past?".</summary>
    public IReadOnlyList<string> SuitsKinds => Suits ?? [];

    /// <summary>A step of this method only works live: the start card offers only live mode for it.</summary>
    public bool IsLiveOnly => Phases.Any(p => p.IsLiveOnly);

    /// <summary>The method as a round in <paramref name="mode"/> runs it (<see cref="PhaseDefinition.For"/>: spread over days, talk steps collect reactions).</summary>
    public MethodDefinition For(Domain.RoundMode mode) =>
        mode == Domain.RoundMode.Spread && Phases.Any(p => p.CollectsReactions) ? this with { Phases = [.. Phases.Select(p => p.For(mode))] } : this;

    /// <summary>
    /// The phase whose questions the inbrenger answers in phase <paramref name="index"/> (itself, or the phase it reveals);
    /// -1 when that phase takes no answers.
    /// </summary>
    public int QuestionsPhaseOf(int index)
    {
        if (index < 0 || index >= Phases.Count || !Phases[index].AnswersQuestions) return -1;
        return Phases[index].RevealsPhaseId is { } revealed ? IndexOf(revealed) : index;
    }

    public int IndexOf(string phaseId)
    {
        for (var i = 0; i < Phases.Count; i++)
        {
            if (Phases[i].Id == phaseId)
            {
                return i;
            }
        }

        return -1;
    }
}
