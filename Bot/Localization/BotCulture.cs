using System.Globalization;

namespace IntervisieBot.Localization;

/// <summary>
/// The bot speaks Dutch (nl-NL) or English (en-US); every user-facing text exists in both. Which one a turn gets is
/// decided by <see cref="Choose"/>: the person's own choice, else the client's locale where the settings follow it,
/// else the configured default (Dutch).
/// </summary>
public static class BotCulture
{
    public static CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Dutch first (the neutral resources), then English.</summary>
    public static IReadOnlyList<CultureInfo> Supported { get; } = [Dutch, English];

    /// <summary>
    /// en-US when <paramref name="activityLocale"/> is English (<c>en</c>, <c>en-GB</c>, <c>EN_us</c>, ...);
    /// nl-NL for anything else, including a missing or malformed locale. Used for stored locales (rounds, series,
    /// reminders), which hold the culture chosen when they were created.
    /// </summary>
    public static CultureInfo FromLocale(string? activityLocale) => FromLanguage(activityLocale) == English ? English : Dutch;

    /// <summary>The culture for a language code or locale the bot speaks (<c>nl</c>, <c>en-GB</c>, <c>EN_us</c>, ...); null for any other.</summary>
    public static CultureInfo? FromLanguage(string? language)
    {
        var value = language.AsSpan().Trim();
        if (value.Length < 2 || (value.Length > 2 && value[2] is not ('-' or '_'))) return null;
        if (value.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return English;
        if (value.StartsWith("nl", StringComparison.OrdinalIgnoreCase)) return Dutch;
        return null;
    }

    /// <summary>
    /// The language to answer in: <paramref name="personalChoice"/> when the person chose one; otherwise the client's
    /// locale when <see cref="LocalizationOptions.FollowClientLocale"/> is on and it is a language the bot speaks;
    /// otherwise <see cref="LocalizationOptions.DefaultLanguage"/> (Dutch when unset or unknown).
    /// </summary>
    public static CultureInfo Choose(string? personalChoice, string? clientLocale, LocalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return FromLanguage(personalChoice)
            ?? (options.FollowClientLocale ? FromLanguage(clientLocale) : null)
            ?? FromLanguage(options.DefaultLanguage)
            ?? Dutch;
    }
}
