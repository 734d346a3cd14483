using System.Globalization;

namespace IntervisieBot.Cards.Common;

/// <summary>Samples of the cards in <c>Cards/Common</c>, for the card dump and its validation.</summary>
public sealed class CommonCardSamples : ICardSampleSource
{
    public IEnumerable<CardSample> GetSamples(CultureInfo culture)
    {
        yield return new CardSample("common.error", ErrorCard.Create(culture));
        yield return new CardSample("common.error-reference", ErrorCard.Create(culture, "f3a9c2e1-7b4d"));
        yield return new CardSample("common.unknown-command", UnknownCommandCard.Create(culture));
        yield return new CardSample("common.unknown-command-suggestion", UnknownCommandCard.Create(culture, "start intervisie"));
    }
}
