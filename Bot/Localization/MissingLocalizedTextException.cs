using System.Globalization;

namespace IntervisieBot.Localization;

/// <summary>A resx key that does not exist (or is empty) for the requested culture.</summary>
public sealed class MissingLocalizedTextException(string baseName, string key, CultureInfo culture)
    : KeyNotFoundException($"Localized text '{key}' is missing or empty in '{baseName}' for culture '{culture.Name}'.")
{
    public string BaseName { get; } = baseName;
    public string Key { get; } = key;
    public CultureInfo Culture { get; } = culture;
}
