namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>An intervisie method: ordered phases plus texts, loaded from one definition file.</summary>
public sealed record MethodDefinition(
    string Id,
    BilingualText Name,
    BilingualText Description,
    int TypicalDurationMinutes,
    IReadOnlyList<PhaseDefinition> Phases,
    string Source)
{
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
