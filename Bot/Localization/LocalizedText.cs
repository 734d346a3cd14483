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
}
