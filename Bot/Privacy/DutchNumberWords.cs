using System.Collections.Frozen;
using System.Globalization;

namespace IntervisieBot.Privacy;

/// <summary>
/// Dutch number words as digits, so a BSN, phone number or date of birth written (partly) in words is checked like one
/// written in digits: "nul zes twaalf" → "0 6 12", "drieëntwintig" → "23", "negentienhonderdzevenentachtig" → "1987",
/// "negentien zevenentachtig" → "1987" (a year said in two parts), "twaalfde" → "12e". "een" is also the article, so it
/// becomes "1" only next to another number (a word or a digit); "één" always does.
/// </summary>
internal static class DutchNumberWords
{
    private const int MaxWordLength = 48;

    /// <summary>At most this many characters between two numbers that belong together (" - ", ", ", a line break).</summary>
    private const int MaxGap = 3;

    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["nul"] = 0, ["een"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["zeven"] = 7,
        ["acht"] = 8, ["negen"] = 9,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Teens = new Dictionary<string, int>
    {
        ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12, ["dertien"] = 13, ["veertien"] = 14, ["vijftien"] = 15,
        ["zestien"] = 16, ["zeventien"] = 17, ["achttien"] = 18, ["negentien"] = 19,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>
    {
        ["twintig"] = 20, ["dertig"] = 30, ["veertig"] = 40, ["vijftig"] = 50, ["zestig"] = 60, ["zeventig"] = 70,
        ["tachtig"] = 80, ["negentig"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly record struct Token(int Start, int End, int Value, bool Ordinal, bool Article);

    /// <summary>Builds the normalised text with number words replaced by digits (each digit mapped to its word).</summary>
    public static NormalizedText Replace(NormalizedText.Builder source)
    {
        var tokens = FindNumberWords(source);
        if (tokens.Count == 0)
        {
            return source.Build();
        }

        var convert = new bool[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            convert[k] = !tokens[k].Article;
        }

        // "een" counts as a number only next to another one; two passes carry that along a chain ("nul zes een een").
        for (var pass = 0; pass < 2; pass++)
        {
            for (var k = 0; k < tokens.Count; k++)
            {
                if (!convert[k] && tokens[k].Article)
                {
                    convert[k] = (k > 0 && convert[k - 1] && Adjacent(source, tokens[k - 1].End, tokens[k].Start))
                        || (k + 1 < tokens.Count && convert[k + 1] && Adjacent(source, tokens[k].End, tokens[k + 1].Start))
                        || DigitNear(source, tokens[k].Start, -1) || DigitNear(source, tokens[k].End, +1);
                }
            }
        }

        var result = new NormalizedText.Builder(source.Length);
        var i = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (!convert[k])
            {
                continue;
            }

            for (; i < token.Start; i++)
            {
                result.Append(source[i], source.StartOf(i), source.EndOf(i));
            }

            var start = source.StartOf(token.Start);
            var end = source.EndOf(token.End - 1);
            var digits = token.Value.ToString(CultureInfo.InvariantCulture);
            if (IsYearPair(source, tokens, convert, k))
            {
                // "negentien zevenentachtig" → "1987", "tweeduizend drie" → "2003": one number, the space dropped
                var next = tokens[k + 1];
                digits = token.Value >= 1000
                    ? (token.Value + next.Value).ToString(CultureInfo.InvariantCulture)
                    : digits + next.Value.ToString("00", CultureInfo.InvariantCulture);
                end = source.EndOf(next.End - 1);
                token = next;
                k++;
            }

            foreach (var d in digits)
            {
                result.Append(d, start, end);
            }

            if (token.Ordinal)
            {
                result.Append('e', start, end);
            }

            i = token.End;
        }

        for (; i < source.Length; i++)
        {
            result.Append(source[i], source.StartOf(i), source.EndOf(i));
        }

        return result.Build();
    }

    private static bool IsYearPair(NormalizedText.Builder source, List<Token> tokens, bool[] convert, int k)
    {
        if (k + 1 >= tokens.Count || !convert[k + 1] || tokens[k].Ordinal || tokens[k + 1].Ordinal)
        {
            return false;
        }

        var (first, second) = (tokens[k], tokens[k + 1]);
        if (second.Start - first.End != 1 || source[first.End] != ' ')
        {
            return false;
        }

        return (first.Value is 19 or 20 && second.Value is >= 10 and < 100)
               || (first.Value is >= 1000 and < 10000 && first.Value % 1000 == 0 && second.Value is > 0 and < 1000);
    }

    private static bool Adjacent(NormalizedText.Builder source, int end, int start)
    {
        if (start - end > MaxGap)
        {
            return false;
        }

        for (var i = end; i < start; i++)
        {
            if (!IsSeparator(source[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a digit stands right before (direction -1) or after (+1) <paramref name="from"/>, past separators.</summary>
    private static bool DigitNear(NormalizedText.Builder source, int from, int direction)
    {
        var i = direction < 0 ? from - 1 : from;
        for (var steps = 0; steps <= MaxGap && i >= 0 && i < source.Length; steps++, i += direction)
        {
            if (char.IsAsciiDigit(source[i]))
            {
                return true;
            }

            if (!IsSeparator(source[i]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsSeparator(char c) => c is ' ' or '.' or '-' or '/' or ',' or '\n' or '\r' or '\t';

    private static List<Token> FindNumberWords(NormalizedText.Builder source)
    {
        var tokens = new List<Token>();
        Span<char> folded = stackalloc char[MaxWordLength];
        var i = 0;
        while (i < source.Length)
        {
            if (!char.IsLetter(source[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < source.Length && char.IsLetter(source[i]))
            {
                i++;
            }

            var length = i - start;
            if (length < 3 || length > MaxWordLength)
            {
                continue;
            }

            for (var j = 0; j < length; j++)
            {
                folded[j] = Fold(source[start + j]);
            }

            var word = folded[..length];
            if (TryParse(word, out var value, out var ordinal))
            {
                var article = !ordinal && word.SequenceEqual("een") && source[start + 1] is 'e' or 'E';
                tokens.Add(new Token(start, i, value, ordinal, article));
            }
        }

        return tokens;
    }

    private static char Fold(char c) => char.ToLowerInvariant(c) switch
    {
        'ë' or 'é' or 'è' or 'ê' => 'e',
        'ï' or 'í' => 'i',
        'ó' or 'ö' => 'o',
        var other => other,
    };

    /// <summary>Parses a folded (lower-case, no diacritics) number word: cardinal or ordinal, up to 999 999.</summary>
    internal static bool TryParse(ReadOnlySpan<char> word, out int value, out bool ordinal)
    {
        ordinal = false;
        value = Parse(word.ToString());
        if (value >= 0)
        {
            return true;
        }

        var s = word.ToString();
        ordinal = true;
        value = s switch
        {
            "eerste" => 1,
            "derde" => 3,
            "achtste" => 8,
            _ when s.EndsWith("ste", StringComparison.Ordinal) && Parse(s[..^3]) is var v && (v >= 20 || v == 8) => v,
            _ when s.EndsWith("de", StringComparison.Ordinal) && Parse(s[..^2]) is var v && v is >= 2 and < 20 and not 3 and not 8 => v,
            _ => -1,
        };
        return value >= 0;
    }

    private static int Parse(string s)
    {
        if (s.Length == 0)
        {
            return -1;
        }

        var thousand = s.IndexOf("duizend", StringComparison.Ordinal);
        if (thousand < 0)
        {
            return BelowThousand(s);
        }

        var left = thousand == 0 ? 1 : BelowThousand(s[..thousand]);
        var rest = Rest(s[(thousand + 7)..]);
        var right = rest.Length == 0 ? 0 : BelowThousand(rest);
        return left <= 0 || right < 0 ? -1 : (left * 1000) + right;
    }

    private static int BelowThousand(string s)
    {
        var hundred = s.IndexOf("honderd", StringComparison.Ordinal);
        if (hundred < 0)
        {
            return BelowHundred(s);
        }

        var left = hundred == 0 ? 1 : BelowHundred(s[..hundred]);
        var rest = Rest(s[(hundred + 7)..]);
        var right = rest.Length == 0 ? 0 : BelowHundred(rest);
        return left <= 0 || right < 0 ? -1 : (left * 100) + right;
    }

    /// <summary>"honderdeneen" → "een": a joining "en" before a unit is dropped.</summary>
    private static string Rest(string rest) =>
        rest.StartsWith("en", StringComparison.Ordinal) && rest.Length > 2 && BelowHundred(rest) < 0 ? rest[2..] : rest;

    private static int BelowHundred(string s)
    {
        if (Units.TryGetValue(s, out var unit) || Teens.TryGetValue(s, out unit) || Tens.TryGetValue(s, out unit))
        {
            return unit;
        }

        if (s.Length < 9)
        {
            return -1;
        }

        // "eenentwintig", "drieëntwintig" (folded: "drieentwintig"), "tweeënveertig"
        var joint = s.IndexOf("en", 3, StringComparison.Ordinal);
        while (joint > 0)
        {
            if (Units.TryGetValue(s[..joint], out var u) && u > 0 && Tens.TryGetValue(s[(joint + 2)..], out var t))
            {
                return u + t;
            }

            joint = joint + 1 < s.Length ? s.IndexOf("en", joint + 1, StringComparison.Ordinal) : -1;
        }

        return -1;
    }
}
