using System.Globalization;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Localization;

public static class TurnCultureExtensions
{
    /// <summary>The language to answer this turn in (Dutch unless the client is English).</summary>
    public static CultureInfo Culture(this TurnContext turn) => BotCulture.FromLocale(turn.Activity.Locale);
}
