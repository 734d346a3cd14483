using System.Globalization;

namespace IntervisieBot.Cards.Common;

/// <summary>
/// The friendly hint for a message the bot does not understand. It does not echo the user's text (that may
/// contain casus details); its button sends the help command as if the user typed it.
/// </summary>
public static class UnknownCommandCard
{
    public static AdaptiveCard Create(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var title = CommonCardsStrings.UnknownCommandTitle(culture);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
                new TextBlock { Text = CommonCardsStrings.UnknownCommandBody(culture), Wrap = true },
            ],
            Actions =
            [
                CardActions.ImBack(
                    CommonCardsStrings.UnknownCommandHelpButton(culture),
                    CommonCardsStrings.UnknownCommandHelpCommand(culture)),
            ],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
