namespace IntervisieBot.Privacy;

/// <summary>
/// BSN and phone numbers written in an unusual way: digits grouped irregularly, with mixed separators (". - /", spaces),
/// over a line break, digit by digit, or partly in number words (already digits in the normalised text). A run is digit
/// groups with at most three separator characters between them; its digits must then pass the 11-proef (BSN) or the
/// Dutch number plan (phone), and the run must not read as a date, a time range or an amount.
/// </summary>
public sealed partial class PersonalDataGuard
{
    private const int MaxRunGap = 3;

    private void DetectDigitRuns(string text, List<IdentifierFinding> found)
    {
        var groups = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length && found.Count < MaxFindings * 4)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            groups.Clear();
            while (true)
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                groups.Add((start, i));
                var j = i;
                while (j < text.Length && j - i <= MaxRunGap && IsRunSeparator(text[j]))
                {
                    j++;
                }

                if (j == i || j - i > MaxRunGap || j >= text.Length || !char.IsAsciiDigit(text[j]) || groups.Count > 40)
                {
                    break;
                }

                i = j;
            }

            if (groups.Count >= 2)
            {
                EvaluateRun(text, groups, found);
            }
        }
    }

    private static bool IsRunSeparator(char c) => c is ' ' or '\t' or '.' or ',' or '-' or '/' or '\n' or '\r' or '_';

    private static void EvaluateRun(string text, List<(int Start, int End)> groups, List<IdentifierFinding> found)
    {
        var start = groups[0].Start;
        var end = groups[^1].End;
        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        if (char.IsLetter(before) || char.IsLetter(after) || after is '%' || IsAmount(text, start, end))
        {
            return; // part of a word or code (an IBAN's digits), a percentage or an amount of money
        }

        var digits = string.Concat(groups.Select(g => text.AsSpan(g.Start, g.End - g.Start).ToString()));
        if (IsDateOrTime(text, groups))
        {
            return;
        }

        if (before == '+' && digits.Length == 11 && digits.StartsWith("31", StringComparison.Ordinal))
        {
            Add(found, IdentifierKind.Phone, start - 1, end);
        }
        else if (digits.Length == 13 && digits.StartsWith("0031", StringComparison.Ordinal))
        {
            Add(found, IdentifierKind.Phone, start, end);
        }
        else if (digits.Length == 10 && IsNationalNumber(digits))
        {
            Add(found, IdentifierKind.Phone, start, end);
        }
        else if (digits.Length == 9 && !IsServiceNumber(digits) && ElfProef.IsValidBsn(digits))
        {
            Add(found, IdentifierKind.Bsn, start, end);
        }
    }

    /// <summary>
    /// A ten-digit number in the Dutch number plan that can be a person's: mobile (061–065, 068), geographic (01x–05x,
    /// 07x) or a business line (085, 088, 091). Service numbers (0800, 090x) are public.
    /// </summary>
    private static bool IsNationalNumber(string digits)
    {
        if (digits[0] != '0' || IsServiceNumber(digits))
        {
            return false;
        }

        return digits[1] switch
        {
            '1' or '2' or '3' or '4' or '5' or '7' => true,
            '6' => digits[2] is >= '1' and <= '5' or '8',
            '8' => digits[2] is '5' or '8',
            '9' => digits[2] is '1',
            _ => false,
        };
    }

    /// <summary>"€ 1.250 - 1.400", "1.250 euro", "250,- per maand": money, not an identifier.</summary>
    private static bool IsAmount(string text, int start, int end)
    {
        var i = start - 1;
        while (i >= 0 && start - i <= 3 && text[i] is ' ' or '\t')
        {
            i--;
        }

        if (i >= 0 && text[i] is '€' or '$' or '£')
        {
            return true;
        }

        var next = NextWord(text, end);
        return next.Equals("euro", StringComparison.OrdinalIgnoreCase) || next.Equals("eur", StringComparison.OrdinalIgnoreCase)
               || (end + 1 < text.Length && text[end] == ',' && text[end + 1] == '-') || FollowedByCountUnit(text, end);
    }

    /// <summary>
    /// Starts with a date (d-m-yy, dd/mm/yyyy, yyyy-mm-dd, one separator kind) or is made of times (hh.mm or hh:mm pairs):
    /// "06-03-24 14.30", "08.30 - 09.30 - 10.30".
    /// </summary>
    private static bool IsDateOrTime(string text, List<(int Start, int End)> groups)
    {
        int Length(int k) => groups[k].End - groups[k].Start;
        int Value(int k) => int.Parse(text.AsSpan(groups[k].Start, Math.Min(Length(k), 6)), provider: System.Globalization.CultureInfo.InvariantCulture);
        char Separator(int k) => text[groups[k].End];

        if (groups.Count >= 3 && Separator(0) == Separator(1) && Separator(0) is '-' or '/' or '.')
        {
            if (Length(0) <= 2 && Length(1) <= 2 && Length(2) is 2 or 4 && Value(0) is >= 1 and <= 31 && Value(1) is >= 1 and <= 12)
            {
                return true;
            }

            if (Length(0) == 4 && Length(1) <= 2 && Length(2) <= 2 && Value(0) is >= 1900 and <= 2100 && Value(1) is >= 1 and <= 12)
            {
                return true;
            }
        }

        var pairs = 0;
        for (var k = 0; k + 1 < groups.Count; k++)
        {
            if (Length(k) <= 2 && Length(k + 1) == 2 && Separator(k) is '.' && groups[k + 1].Start - groups[k].End == 1
                && Value(k) <= 23 && Value(k + 1) <= 59)
            {
                pairs++;
                k++;
            }
        }

        return pairs >= 2 && pairs * 2 >= groups.Count - 1;
    }
}
