using System.Globalization;
using System.Resources;

namespace IntervisieBot.Localization;

/// <summary>
/// Reads one feature's resx strings with an explicit culture. A missing or empty key throws
/// <see cref="MissingLocalizedTextException"/> instead of showing a blank or the key to a user.
/// Features wrap this in a static accessor class named after the resx file, with one method per key
/// (method name = key, see <c>Cards/CommonCardsStrings.cs</c>).
/// </summary>
public sealed class LocalizedText(ResourceManager resources)
{
    public ResourceManager Resources { get; } = resources ?? throw new ArgumentNullException(nameof(resources));

    public string Get(string key, CultureInfo culture)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(culture);
        var value = Resources.GetString(key, culture);
        return string.IsNullOrEmpty(value)
            ? throw new MissingLocalizedTextException(Resources.BaseName, key, culture)
            : value;
    }

    public string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);

    /// <summary>
    /// A sentence with a count, in the right number: <c>key_One</c> for exactly one, <c>key_Other</c> otherwise (Dutch and
    /// English both have these two forms), formatted with the count as <c>{0}</c> and <paramref name="args"/> from <c>{1}</c>.
    /// Never "(s)" in a text: every count a user sees goes through here (docs/schrijfwijzer.md).
    /// </summary>
    public string Plural(string key, int count, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(PluralKey(key, count), culture), [count, .. args]);

    /// <summary>The resx key of the form <paramref name="count"/> takes.</summary>
    public static string PluralKey(string key, int count) => key + (count == 1 ? "_One" : "_Other");
}
