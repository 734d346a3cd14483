using System.Text.RegularExpressions;

namespace IntervisieBot.Privacy;

/// <summary>Number-shaped identifiers: BSN, IBAN, phone numbers, labelled client and dossier numbers.</summary>
public sealed partial class PersonalDataGuard
{
    /// <summary>Public (free or paid) service numbers: an organisation's, never a person's.</summary>
    private static readonly string[] ServiceNumberPrefixes = ["0800", "0900", "0906", "0909"];

    private void DetectBsn(string text, List<IdentifierFinding> found)
    {
        foreach (var match in Matches(patterns.Bsn, text, found))
        {
            if (ElfProef.IsValidBsn(DigitsOf(match.ValueSpan)))
            {
                Add(found, IdentifierKind.Bsn, match);
            }
        }
    }

    private void DetectIban(string text, List<IdentifierFinding> found)
    {
        foreach (var match in Matches(patterns.IbanStart, text, found))
        {
            var country = match.Groups["cc"].Value;
            if (!IbanCheck.Lengths.TryGetValue(country, out var length))
            {
                continue;
            }

            var end = ReadIbanBody(text, match.Index, length, out var compact);
            if (end > 0 && IbanCheck.IsValid(compact) && HasBankStructure(compact))
            {
                Add(found, IdentifierKind.Iban, match.Index, end);
            }
        }
    }

    /// <summary>
    /// Reads <paramref name="length"/> letters and digits from <paramref name="start"/>, skipping up to two spaces, dots
    /// or dashes between any two of them (IBANs are written with irregular spacing). Returns the end index (after the last
    /// character read), or -1 when the characters do not form an IBAN of that length.
    /// </summary>
    private static int ReadIbanBody(string text, int start, int length, out string compact)
    {
        var chars = new char[length];
        var n = 0;
        var i = start;
        var end = start;
        while (n < length && i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                chars[n++] = c;
                end = ++i;
            }
            else if (c is ' ' or '\t' or '\n' or '\r' or '.' or '-' && n > 0 && i - end < 2)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        compact = new string(chars, 0, n);
        if (n != length || (end < text.Length && char.IsLetterOrDigit(text[end])))
        {
            return -1;
        }

        return end;
    }

    /// <summary>For NL the BBAN is four letters and ten digits; other countries rely on length and mod-97.</summary>
    private static bool HasBankStructure(string compact)
    {
        if (!compact.StartsWith("NL", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var i = 4; i < 18; i++)
        {
            if (i < 8 ? !char.IsAsciiLetter(compact[i]) : !char.IsAsciiDigit(compact[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void DetectPhone(string text, List<IdentifierFinding> found)
    {
        foreach (var match in Matches(patterns.Phone, text, found))
        {
            var intl = match.Groups["intl"];
            var bodyStart = intl.Success ? intl.Index + intl.Length : match.Index;
            var groups = DigitGroups(text, bodyStart, match.Index + match.Length);
            if (groups.Count == 0)
            {
                continue;
            }

            var end = intl.Success ? InternationalPhoneEnd(text, groups) : NationalPhoneEnd(text, groups);
            if (end > 0)
            {
                var start = match.Index;
                while (char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                Add(found, IdentifierKind.Phone, start, end);
            }
        }
    }

    private static List<(int Start, int End)> DigitGroups(string text, int start, int end)
    {
        var groups = new List<(int Start, int End)>();
        var groupStart = -1;
        for (var i = start; i <= end; i++)
        {
            var isDigit = i < end && char.IsAsciiDigit(text[i]);
            if (isDigit && groupStart < 0)
            {
                groupStart = i;
            }
            else if (!isDigit && groupStart >= 0)
            {
                groups.Add((groupStart, i));
                groupStart = -1;
            }
        }

        return groups;
    }

    /// <summary>+31 / 0031 numbers need nine national digits after an optional (0); other countries 8-15 digits.</summary>
    private static int InternationalPhoneEnd(string text, List<(int Start, int End)> groups)
    {
        var digits = new System.Text.StringBuilder();
        var best = -1;
        foreach (var (start, end) in groups)
        {
            digits.Append(text.AsSpan(start, end - start));
            if (digits.Length > 15)
            {
                break;
            }

            if (digits.Length >= 2 && digits[0] == '3' && digits[1] == '1')
            {
                var national = digits.Length - 2 - (digits.Length > 2 && digits[2] == '0' ? 1 : 0);
                if (national == 9)
                {
                    return end;
                }

                continue;
            }

            if (digits.Length >= 8)
            {
                best = end;
            }
        }

        return best;
    }

    private static int NationalPhoneEnd(string text, List<(int Start, int End)> groups)
    {
        var first = text.AsSpan(groups[0].Start, groups[0].End - groups[0].Start);
        if (first.Length < 2 || first[0] != '0' || first[1] == '0')
        {
            return -1;
        }

        var isService = IsServiceNumber(first);
        if (isService)
        {
            return -1; // 0800 and 0900 numbers are public service numbers, not a person's
        }

        var digits = 0;
        for (var k = 0; k < groups.Count; k++)
        {
            digits += groups[k].End - groups[k].Start;
            if (digits == 10)
            {
                return LooksLikePhoneGrouping(text, groups, k) ? groups[k].End : -1;
            }

            if (digits > 11)
            {
                break;
            }
        }

        return -1;
    }

    private static bool IsServiceNumber(ReadOnlySpan<char> digits)
    {
        foreach (var prefix in ServiceNumberPrefixes)
        {
            if (digits.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Rules out dates ("06-03-2024 14") and times ("06.30-09.30") that add up to ten digits.</summary>
    private static bool LooksLikePhoneGrouping(string text, List<(int Start, int End)> groups, int last)
    {
        if (last == 0)
        {
            return true;
        }

        int Len(int k) => groups[k].End - groups[k].Start;
        char SepAfter(int k) => k + 1 < groups.Count ? FirstSeparator(text, groups[k].End, groups[k + 1].Start) : '\0';

        if (Len(0) == 2 && text.AsSpan(groups[0].Start, 2) is not "06")
        {
            return false;
        }

        if (last >= 2 && Len(0) <= 2 && Len(1) <= 2 && Len(2) == 4 && text[groups[2].Start] is '1' or '2')
        {
            return false;
        }

        if (Len(0) == 2 && Len(1) == 2 && SepAfter(0) is '.' or ':' && SepAfter(1) != SepAfter(0))
        {
            return false;
        }

        return true;
    }

    private static char FirstSeparator(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '\u00A0' or '(' or ')'))
            {
                return text[i];
            }
        }

        return ' ';
    }

    private void DetectLabelledNumber(string text, List<IdentifierFinding> found)
    {
        foreach (var match in Matches(patterns.LabelledNumber, text, found))
        {
            var label = match.Groups["label"].Value;
            var id = match.Groups["id"].ValueSpan;
            var digits = CountDigits(id);
            var isBsnLabel = label.StartsWith("bsn", StringComparison.OrdinalIgnoreCase)
                || label.StartsWith("sofi", StringComparison.OrdinalIgnoreCase)
                || label.StartsWith("burgerservice", StringComparison.OrdinalIgnoreCase);
            var isNumberLabel = label.Contains("nummer", StringComparison.OrdinalIgnoreCase)
                || label.Contains("nr", StringComparison.OrdinalIgnoreCase)
                || label.Contains("no", StringComparison.OrdinalIgnoreCase)
                || label.Contains("id", StringComparison.OrdinalIgnoreCase);

            var accept = isBsnLabel ? digits >= 3
                : isNumberLabel ? digits >= 2
                : digits >= 4 && !IsYearOrYearRange(id);
            if (accept && !FollowedByCountUnit(text, match.Index + match.Length))
            {
                Add(found, isBsnLabel ? IdentifierKind.Bsn : IdentifierKind.ClientNumber, match);
            }
        }
    }

    /// <summary>"2024", "2023-2024", "2023/24": a year or school/financial year, not a dossier number.</summary>
    private static bool IsYearOrYearRange(ReadOnlySpan<char> id)
    {
        static bool IsYear(ReadOnlySpan<char> s) =>
            s.Length == 4 && (s.StartsWith("19", StringComparison.Ordinal) || s.StartsWith("20", StringComparison.Ordinal))
            && int.TryParse(s, out _);

        if (IsYear(id))
        {
            return true;
        }

        if (id.Length < 7 || id[4] is not ('-' or '/') || !IsYear(id[..4]))
        {
            return false;
        }

        var second = id[5..];
        return (second.Length == 4 && IsYear(second)) || (second.Length == 2 && int.TryParse(second, out _));
    }
}
