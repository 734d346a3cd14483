using System.Globalization;
using IntervisieBot.Cards;

namespace IntervisieBot.Features.Teams;

/// <summary>The short welcome posted when the bot is added to a team, group chat or personal chat.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Create(CultureInfo culture, bool isPersonal, IEnumerable<HelpEntry> entries)
    {
        var title = TeamsStrings.WelcomeTitle(culture);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Large, Wrap = true },
                new TextBlock { Text = TeamsStrings.WelcomeIntro(culture), Wrap = true },
                new TextBlock { Text = TeamsStrings.WelcomeStart(culture), Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
                new TextBlock { Text = isPersonal ? TeamsStrings.WelcomePersonalHint(culture) : TeamsStrings.WelcomeTeamHint(culture), Wrap = true },
                new FactSet { Facts = [.. entries.OrderBy(e => e.Order).Take(6).Select(e => new CardFact(e.Command, e.Description))] },
                new TextBlock { Text = TeamsStrings.WelcomePrivacy(culture), Wrap = true, IsSubtle = true, Size = TextSize.Small },
            ],
            Actions = [CardActions.ImBack(TeamsStrings.HelpButton(culture), TeamsStrings.HelpCommand(culture))],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
