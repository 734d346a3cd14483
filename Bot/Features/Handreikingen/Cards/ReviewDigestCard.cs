using System.Globalization;
using IntervisieBot.Cards;

namespace IntervisieBot.Features.Handreikingen.Cards;

/// <summary>The kennismakelaar's monthly digest: the handreikingen to check again this month, legal ones first, and how to edit them.</summary>
public static class ReviewDigestCard
{
    public static AdaptiveCard Create(CultureInfo culture, IReadOnlyList<CardFact> due)
    {
        ArgumentNullException.ThrowIfNull(due);
        var title = CasusStrings.ReviewDigestTitle(culture);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
                new TextBlock { Text = CasusStrings.Text.Plural("ReviewDigestIntro", due.Count, culture, CasusOverviewCard.ReviewHorizonDays), Wrap = true },
                new FactSet { Facts = due },
                new TextBlock { Text = CasusStrings.ReviewDigestHowTo(culture), Wrap = true, IsSubtle = true },
            ],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
