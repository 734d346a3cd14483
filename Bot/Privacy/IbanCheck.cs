using System.Collections.Frozen;

namespace IntervisieBot.Privacy;

/// <summary>IBAN structure (country length) and ISO 13616 mod-97 check for EU/EEA countries and neighbours.</summary>
public static class IbanCheck
{
    /// <summary>IBAN length per country code: EU and EEA members plus CH, GB, MC, SM, AD, VA.</summary>
    public static FrozenDictionary<string, int> Lengths { get; } = new Dictionary<string, int>
    {
        ["AD"] = 24, ["AT"] = 20, ["BE"] = 16, ["BG"] = 22, ["CH"] = 21, ["CY"] = 28, ["CZ"] = 24,
        ["DE"] = 22, ["DK"] = 18, ["EE"] = 20, ["ES"] = 24, ["FI"] = 18, ["FR"] = 27, ["GB"] = 22,
        ["GR"] = 27, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IS"] = 26, ["IT"] = 27, ["LI"] = 21,
        ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["MC"] = 27, ["MT"] = 31, ["NL"] = 18, ["NO"] = 15,
        ["PL"] = 28, ["PT"] = 25, ["RO"] = 24, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27,
        ["VA"] = 22,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when <paramref name="compact"/> (no spaces; letters in either case) has a known country, the right
    /// length for it, only letters and digits, and a mod-97 remainder of 1.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> compact)
    {
        if (compact.Length < 15 || compact.Length > 34)
        {
            return false;
        }

        var country = compact[..2].ToString();
        if (!Lengths.TryGetValue(country, out var length) || length != compact.Length)
        {
            return false;
        }

        if (!char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return false;
        }

        return Mod97(compact) == 1;
    }

    /// <summary>The ISO 7064 mod-97 remainder of the rearranged IBAN, or -1 for a character that is not A-Z/0-9.</summary>
    public static int Mod97(ReadOnlySpan<char> compact)
    {
        var remainder = 0;
        for (var i = 0; i < compact.Length; i++)
        {
            var c = compact[(i + 4) % compact.Length];
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetter(c))
            {
                var value = char.ToUpperInvariant(c) - 'A' + 10;
                remainder = ((remainder * 100) + value) % 97;
            }
            else
            {
                return -1;
            }
        }

        return remainder;
    }
}
