using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Needs;

namespace IntervisieBot.Features.Handreikingen.Teams;

/// <summary>The kennismakelaar's view: feedback per handreiking and unanswered questions grouped by topic (counts only).</summary>
public static class CasusOverviewCard
{
    public static AdaptiveCard Create(CultureInfo culture, HandreikingCatalogue catalogue,
        IReadOnlyDictionary<string, (int Useful, int NotUseful)> feedback, IReadOnlyList<InsightCount> needs)
    {
        var title = CasusStrings.OverviewTitle(culture);
        var feedbackFacts = feedback
            .OrderByDescending(f => f.Value.Useful + f.Value.NotUseful).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(15)
            .Select(f => new CardFact(catalogue.Find(f.Key)?.Title ?? f.Key, $"{f.Value.Useful} / {f.Value.NotUseful}"))
            .ToList();
        var needFacts = needs
            .Take(15)
            .Select(n => new CardFact(n.Key, n.Count.ToString(culture)))
            .ToList();
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
                new TextBlock { Text = CasusStrings.OverviewFeedback(culture), Weight = TextWeight.Bolder, Wrap = true },
                feedbackFacts.Count == 0 ? new TextBlock { Text = CasusStrings.OverviewNoFeedback(culture), Wrap = true, IsSubtle = true } : new FactSet { Facts = feedbackFacts },
                new TextBlock { Text = CasusStrings.OverviewNeeds(culture), Weight = TextWeight.Bolder, Wrap = true },
                needFacts.Count == 0 ? new TextBlock { Text = CasusStrings.OverviewNoNeeds(culture), Wrap = true, IsSubtle = true } : new FactSet { Facts = needFacts },
            ],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
