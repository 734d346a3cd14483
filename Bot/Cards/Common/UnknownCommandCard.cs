using System.Globalization;

namespace IntervisieBot.Cards.Common;

/// <summary>
/// The friendly hint for a message the bot does not understand. It does not echo the user's text (that may
/// contain casus details); when the message looks like a mistyped command it offers that command ("Bedoel je
/// hulp?") with a button that runs it, and always a button that shows the help.
/// </summary>
public static class UnknownCommandCard
{
    /// <param name="suggestion">A known command phrase the message was probably meant to be (never the user's text).</param>
    public static AdaptiveCard Create(CultureInfo culture, string? suggestion = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var title = suggestion is null ? CommonCardsStrings.UnknownCommandTitle(culture) : CommonCardsStrings.UnknownCommandSuggestionTitle(culture, suggestion);
        var help = CommonCardsStrings.UnknownCommandHelpCommand(culture);
        List<CardAction> actions = [];
        if (suggestion is not null) actions.Add(CardActions.RunCommand(suggestion, suggestion));
        if (!string.Equals(suggestion, help, StringComparison.OrdinalIgnoreCase))
            actions.Add(CardActions.RunCommand(CommonCardsStrings.UnknownCommandHelpButton(culture), help));
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
                new TextBlock { Text = suggestion is null ? CommonCardsStrings.UnknownCommandBody(culture) : CommonCardsStrings.UnknownCommandSuggestionBody(culture), Wrap = true },
            ],
            Actions = actions,
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
