using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Features.Handreikingen.Cards;

/// <summary>
/// The kennismakelaar's view: feedback per handreiking, unanswered questions grouped by topic (counts only), and the
/// entries whose review date falls within the coming month (legal entries first).
/// </summary>
public static class CasusOverviewCard
{
    /// <summary>Entries due for review within this many days are listed.</summary>
    public const int ReviewHorizonDays = 31;

    /// <summary>At most this many entries are listed (the catalogue's yearly legal review fits).</summary>
    private const int MaxReviewFacts = 40;

    /// <summary>The entries due for review within <see cref="ReviewHorizonDays"/> of <paramref name="today"/>: legal first, then by date (also the monthly digest's list).</summary>
    public static IReadOnlyList<CardFact> ReviewFacts(CultureInfo culture, HandreikingCatalogue catalogue, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return [.. catalogue.Entries
            .Where(e => e.IsDueForReview(today.AddDays(ReviewHorizonDays)))
            .OrderByDescending(e => e.Legal).ThenBy(e => e.Review).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(MaxReviewFacts)
            .Select(e => new CardFact(e.Title, e.Review!.Value.ToString("d MMMM yyyy", culture) + (e.Legal ? " · " + CasusStrings.OverviewLegal(culture) : "")))];
    }

    public static AdaptiveCard Create(CultureInfo culture, HandreikingCatalogue catalogue,
        IReadOnlyDictionary<string, (int Useful, int NotUseful)> feedback, IReadOnlyList<InsightCount> needs, DateOnly today)
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
        var reviewFacts = ReviewFacts(culture, catalogue, today);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
                new TextBlock { Text = CasusStrings.OverviewFeedback(culture), Weight = TextWeight.Bolder, Wrap = true },
                feedbackFacts.Count == 0 ? new TextBlock { Text = CasusStrings.OverviewNoFeedback(culture), Wrap = true, IsSubtle = true } : new FactSet { Facts = feedbackFacts },
                new TextBlock { Text = CasusStrings.OverviewNeeds(culture), Weight = TextWeight.Bolder, Wrap = true },
                needFacts.Count == 0 ? new TextBlock { Text = CasusStrings.OverviewNoNeeds(culture), Wrap = true, IsSubtle = true } : new FactSet { Facts = needFacts },
                new TextBlock { Text = CasusStrings.OverviewReview(culture), Weight = TextWeight.Bolder, Wrap = true },
                reviewFacts.Count == 0 ? new TextBlock { Text = CasusStrings.OverviewNoReview(culture), Wrap = true, IsSubtle = true } : new FactSet { Facts = reviewFacts },
            ],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
