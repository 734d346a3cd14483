using System.Globalization;
using System.Resources;
using IntervisieBot.Localization;

namespace IntervisieBot.Privacy;

/// <summary>Typed access to <c>PrivacyCardStrings.resx</c> (Dutch) and <c>PrivacyCardStrings.en.resx</c>.</summary>
public static class PrivacyCardStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(PrivacyCardStrings)));

    public static string Title(CultureInfo c) => Text.Get(nameof(Title), c);
    public static string EditHint(CultureInfo c) => Text.Get(nameof(EditHint), c);
    public static string NotShown(CultureInfo c) => Text.Get(nameof(NotShown), c);
    public static string Resubmit(CultureInfo c) => Text.Get(nameof(Resubmit), c);
    public static string EditRequired(CultureInfo c) => Text.Get(nameof(EditRequired), c);
    public static string OwnPostTitle(CultureInfo c) => Text.Get(nameof(OwnPostTitle), c);
    public static string OwnPostBody(CultureInfo c) => Text.Get(nameof(OwnPostBody), c);
}
