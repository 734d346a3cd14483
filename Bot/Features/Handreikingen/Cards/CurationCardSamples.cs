using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Features.Handreikingen.Cards;

public sealed class CurationCardSamples(HandreikingCatalogue repository, HandreikingRecommender recommender) : ICardSampleSource
{
    public IEnumerable<CardSample> GetSamples(CultureInfo culture)
    {
        var snapshot = new CatalogueSnapshot(repository, recommender, new HashSet<string>(["voorbeeld"]), "sample");
        yield return new CardSample("catalogue.manage", CurationCards.Manage(culture, snapshot));
        yield return new CardSample("catalogue.edit", CurationCards.Edit(culture, repository.Entries[0]));
        yield return new CardSample("catalogue.new", CurationCards.Edit(culture, null));
        yield return new CardSample("catalogue.invalid", CurationCards.Edit(culture, repository.Entries[0], ["entry 0 (x): title must start with \"Hoe om te gaan met\" or \"Wanneer\""]));
        yield return new CardSample("catalogue.saved", NoticeCard.Create(culture, CurationStrings.SavedTitle(culture), CurationStrings.SavedBody(culture)));
    }
}
