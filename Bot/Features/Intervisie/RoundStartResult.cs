using IntervisieBot.Cards;

namespace IntervisieBot.Features.Intervisie;

/// <summary>The card to post and, when it is a round's gathering card, that round's id (null: another round runs there).</summary>
public sealed record RoundStartResult(string? RoundId, AdaptiveCard Card);
