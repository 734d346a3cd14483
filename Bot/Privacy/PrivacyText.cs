using System.Globalization;
using System.Resources;

namespace IntervisieBot.Privacy;

/// <summary>
/// User-facing wording for guard results, from PrivacyStrings.resx (Dutch, neutral) and PrivacyStrings.en.resx.
/// Names only the kinds found, never the values.
/// </summary>
public static class PrivacyText
{
    private static readonly ResourceManager Strings =
        new("IntervisieBot.Privacy.PrivacyStrings", typeof(PrivacyText).Assembly);

    /// <summary>The user-facing name of a kind with its article: "een BSN", "an IBAN bank account number".</summary>
    public static string KindName(IdentifierKind kind, CultureInfo culture) => Get($"Kind_{kind}", culture);

    /// <summary>
    /// The friendly sentence for a result that is not clean: "Je tekst bevat een BSN en een telefoonnummer. Maak
    /// de tekst anoniem en probeer het opnieuw." Empty for a clean result.
    /// </summary>
    public static string Explanation(GuardResult result, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(culture);
        if (result.IsClean)
        {
            return string.Empty;
        }

        if (result.Kinds.Count == 0)
        {
            return Get("ScanIncomplete", culture);
        }

        var names = result.Kinds.Select(k => KindName(k, culture)).ToList();
        var list = names.Count == 1
            ? names[0]
            : string.Join(Get("ListSeparator", culture), names[..^1]) + Get("ListSeparatorLast", culture) + names[^1];
        return string.Format(culture, Get("Explanation", culture), list);
    }

    /// <summary>
    /// The text with every finding replaced by a placeholder ("[BSN weggelaten]"), so it can be handed back for editing
    /// without the bot repeating an identifier. Null when the text could not be fully checked (too long, or a detector ran
    /// out of time): then nothing of it may be shown again.
    /// </summary>
    public static string? Mask(string text, GuardResult result, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);
        if (result.ScanIncomplete)
        {
            return null;
        }

        var masked = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var finding in result.Findings)
        {
            if (finding.Start < at)
            {
                // overlapping spans (a number word shared by two findings): extend the mask already written
                at = Math.Max(at, finding.End);
                continue;
            }

            masked.Append(text, at, finding.Start - at).Append(Get($"Mask_{finding.Kind}", culture));
            at = finding.End;
        }

        return masked.Append(text, at, text.Length - at).ToString();
    }

    private static string Get(string key, CultureInfo culture) =>
        Strings.GetString(key, culture) ?? throw new InvalidOperationException($"Missing privacy string '{key}'.");
}
