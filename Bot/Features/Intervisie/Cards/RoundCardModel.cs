using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Lessons.FollowUp.Domain;

namespace IntervisieBot.Features.Intervisie.Cards;

/// <summary>Everything a round card shows: the state, its method, the look back and who gets the automatic refresh (Teams user ids, at most 60).</summary>
public sealed record RoundCardModel(
    RoundState State,
    MethodDefinition Method,
    IReadOnlyList<RoundLookBackItem> LookBack,
    IReadOnlyList<string> RefreshUserIds)
{
    /// <summary>Every method the start card offers while the round gathers participants.</summary>
    public IReadOnlyList<MethodDefinition> Methods { get; init; } = [];

    /// <summary>When the card is built: a live phase shows the time left from here (each update or refresh recomputes it).</summary>
    public DateTimeOffset? Now { get; init; }
}
