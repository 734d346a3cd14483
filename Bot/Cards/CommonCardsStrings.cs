using System.Globalization;
using System.Resources;
using IntervisieBot.Localization;

namespace IntervisieBot.Cards;

/// <summary>Typed access to <c>CommonCardsStrings.resx</c> (Dutch) and <c>CommonCardsStrings.en.resx</c>.</summary>
public static class CommonCardsStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(CommonCardsStrings)));

    public static string ErrorTitle(CultureInfo culture) => Text.Get(nameof(ErrorTitle), culture);
    public static string ErrorBody(CultureInfo culture) => Text.Get(nameof(ErrorBody), culture);
    public static string ErrorReference(CultureInfo culture, string reference) => Text.Format(nameof(ErrorReference), culture, reference);
    public static string UnknownCommandTitle(CultureInfo culture) => Text.Get(nameof(UnknownCommandTitle), culture);
    public static string UnknownCommandBody(CultureInfo culture) => Text.Get(nameof(UnknownCommandBody), culture);
    public static string UnknownCommandHelpButton(CultureInfo culture) => Text.Get(nameof(UnknownCommandHelpButton), culture);
    public static string UnknownCommandHelpCommand(CultureInfo culture) => Text.Get(nameof(UnknownCommandHelpCommand), culture);
    public static string CardShortened(CultureInfo culture) => Text.Get(nameof(CardShortened), culture);
    public static string UnknownCommandSuggestionTitle(CultureInfo culture, string command) => Text.Format(nameof(UnknownCommandSuggestionTitle), culture, command);
    public static string UnknownCommandSuggestionBody(CultureInfo culture) => Text.Get(nameof(UnknownCommandSuggestionBody), culture);
}
