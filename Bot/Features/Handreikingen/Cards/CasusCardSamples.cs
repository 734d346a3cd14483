using IntervisieBot.Features.Handreikingen.Domain;
using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Handlers;

namespace IntervisieBot.Features.Handreikingen.Cards;

public sealed class CasusCardSamples(HandreikingRecommender recommender, HandreikingCatalogue catalogue) : ICardSampleSource
{
    public IEnumerable<CardSample> GetSamples(CultureInfo culture)
    {
        // An invented, anonymous casus with several problems.
        var recommendation = recommender.Recommend("Mijn klant, een man van 45, heeft een deurwaarder aan de deur, drinkt veel en kan slecht lezen.", culture);
        recommendation = recommendation with
        {
            Lessons = [new RecommendedLesson(new LessonCandidate("les-1", "Eerst samen de post openen, dan pas over werk praten.", ["schulden"]), 0.8, "schulden")],
        };
        yield return new CardSample("casus.ask", CasusCards.Ask(culture));
        yield return new CardSample("casus.suggestions", CasusCards.Suggestions(culture, recommendation));
        yield return new CardSample("casus.nothing-found", CasusCards.NothingFound(culture));
        // A crisis signal said indirectly, pushed after a round: the crisis block comes first, the round and casus are named.
        var crisis = recommender.Recommend("Hij zegt dat het voor hem allemaal niet meer hoeft en drinkt veel.", culture);
        var casus = new CasusSubmission("round-1", "Klant die drinkt en somber is", "", new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        yield return new CardSample("casus.suggestions-crisis", CasusCards.Suggestions(culture, crisis, InbrengerSuggestions.Context(culture, casus)));
        var feedback = new Dictionary<string, (int Useful, int NotUseful)> { [catalogue.Entries[0].Id] = (5, 1) };
        InsightCount[] needs = [new("#huisvesting", 4), new("wachttijd", 3)];
        yield return new CardSample("casus.overview", CasusOverviewCard.Create(culture, catalogue, feedback, needs, new DateOnly(2027, 11, 20)));
    }
}
