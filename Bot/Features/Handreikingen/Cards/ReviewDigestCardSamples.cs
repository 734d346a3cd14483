using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Features.Handreikingen.Cards;

/// <summary>The monthly review digest as the card tests and the card dump see it (the embedded catalogue, a month with legal entries due).</summary>
public sealed class ReviewDigestCardSamples(HandreikingCatalogue catalogue) : ICardSampleSource
{
    public IEnumerable<CardSample> GetSamples(CultureInfo culture)
    {
        yield return new CardSample("handreikingen.review-digest", ReviewDigestCard.Create(culture, CasusOverviewCard.ReviewFacts(culture, catalogue, new DateOnly(2027, 11, 20))));
    }
}
