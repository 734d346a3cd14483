using System.Globalization;

namespace IntervisieBot.Cards;

/// <summary>
/// A feature's sample cards: every card the feature can send, filled with invented data. Register an
/// implementation with <see cref="CardsServiceCollectionExtensions.AddCardSampleSource{TSource}"/>; the card
/// dump writes each sample in every <see cref="Localization.BotCulture.Supported"/> culture, and the tests
/// validate and render them all.
/// </summary>
public interface ICardSampleSource
{
    /// <summary>
    /// The samples in <paramref name="culture"/>. Every culture yields the same names. Names are lower case,
    /// dot-separated, prefixed by the feature (<c>lessons.card</c>); a name containing the segment <c>me</c>
    /// (<c>lessons.search.me</c>) is a messaging-extension card and must fit 28 KB.
    /// </summary>
    IEnumerable<CardSample> GetSamples(CultureInfo culture);
}
