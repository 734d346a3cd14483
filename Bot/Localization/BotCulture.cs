using System.Globalization;

namespace IntervisieBot.Localization;

/// <summary>
/// The bot speaks Dutch (nl-NL) unless the client's locale is English. Every user-facing text exists in both.
/// </summary>
public static class BotCulture
{
    public static CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Dutch first (the neutral resources), then English.</summary>
    public static IReadOnlyList<CultureInfo> Supported { get; } = [Dutch, English];

    /// <summary>
    /// en-US when <paramref name="activityLocale"/> is English (<c>en</c>, <c>en-GB</c>, <c>EN_us</c>, ...);
    /// nl-NL for anything else, including a missing or malformed locale.
    /// </summary>
    public static CultureInfo FromLocale(string? activityLocale)
    {
        var locale = activityLocale.AsSpan().Trim();
        var isEnglish = locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            && (locale.Length == 2 || locale[2] is '-' or '_');
        return isEnglish ? English : Dutch;
    }
}
