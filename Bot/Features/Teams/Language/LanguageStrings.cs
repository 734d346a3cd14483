using System.Globalization;
using System.Resources;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Teams.Language;

/// <summary>Typed access to <c>LanguageStrings.resx</c> (Dutch) and <c>LanguageStrings.en.resx</c>.</summary>
public static class LanguageStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(LanguageStrings)));

    public static string LanguageTitle(CultureInfo c) => Text.Get(nameof(LanguageTitle), c);
    public static string LanguageCurrent(CultureInfo c) => Text.Get(nameof(LanguageCurrent), c);
    public static string LanguageUnknown(CultureInfo c) => Text.Get(nameof(LanguageUnknown), c);
    public static string LanguageKept(CultureInfo c) => Text.Get(nameof(LanguageKept), c);
    public static string LanguageChosen(CultureInfo c) => Text.Get(nameof(LanguageChosen), c);
    public static string LanguageDutchButton(CultureInfo c) => Text.Get(nameof(LanguageDutchButton), c);
    public static string LanguageEnglishButton(CultureInfo c) => Text.Get(nameof(LanguageEnglishButton), c);
    public static string LanguageArea(CultureInfo c) => Text.Get(nameof(LanguageArea), c);
    public static string LanguageItemNone(CultureInfo c) => Text.Get(nameof(LanguageItemNone), c);
    public static string LanguageItem(CultureInfo c, string language) => Text.Format(nameof(LanguageItem), c, language);
    public static string LanguageCommand(CultureInfo c) => Text.Get(nameof(LanguageCommand), c);
    public static string HelpEntryLanguage(CultureInfo c) => Text.Get(nameof(HelpEntryLanguage), c);

    /// <summary>The name of <paramref name="language"/> in <paramref name="c"/> ("Engels", "Dutch").</summary>
    public static string LanguageName(CultureInfo c, CultureInfo language) =>
        Text.Get(language.Equals(BotCulture.English) ? "LanguageNameEnglish" : "LanguageNameDutch", c);
}
