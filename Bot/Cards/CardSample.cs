namespace IntervisieBot.Cards;

/// <summary>A named sample card (see <see cref="ICardSampleSource"/>).</summary>
public sealed record CardSample(string Name, AdaptiveCard Card);
