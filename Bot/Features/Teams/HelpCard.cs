using System.Globalization;
using IntervisieBot.Cards;

namespace IntervisieBot.Features.Teams;

/// <summary>The command overview: every command the installed features offer, in the user's language.</summary>
public static class HelpCard
{
    public static AdaptiveCard Create(CultureInfo culture, IEnumerable<HelpEntry> entries)
    {
        var title = TeamsStrings.HelpTitle(culture);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
                new TextBlock { Text = TeamsStrings.HelpIntro(culture), Wrap = true },
                new FactSet { Facts = [.. entries.OrderBy(e => e.Order).Select(e => new CardFact(e.Command, e.Description))] },
                new TextBlock { Text = TeamsStrings.HelpFooter(culture), Wrap = true, IsSubtle = true, Size = TextSize.Small },
            ],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
