using System.Globalization;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Localization;

/// <summary>The language chosen for one turn (by the turn initializer that reads the person's own choice).</summary>
public sealed record TurnLanguage(CultureInfo Culture);

public static class TurnCultureExtensions
{
    /// <summary>
    /// The language to answer this turn in: what the turn initializer chose (the person's choice, the settings), or,
    /// before that ran, the settings alone (<see cref="BotCulture.Choose"/>).
    /// </summary>
    public static CultureInfo Culture(this TurnContext turn)
    {
        if (turn.Items.TryGetValue(typeof(TurnLanguage), out var chosen) && chosen is TurnLanguage language) return language.Culture;
        var options = turn.Services.GetService<IOptions<LocalizationOptions>>()?.Value ?? new LocalizationOptions();
        return BotCulture.Choose(null, turn.Activity.Locale, options);
    }

    /// <summary>Sets the language for the rest of this turn (e.g. right after the person chose one).</summary>
    public static void UseCulture(this TurnContext turn, CultureInfo culture) => turn.Items[typeof(TurnLanguage)] = new TurnLanguage(culture);
}
