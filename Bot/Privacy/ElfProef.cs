namespace IntervisieBot.Privacy;

/// <summary>The Dutch "11-proef" for a burgerservicenummer (BSN).</summary>
public static class ElfProef
{
    /// <summary>
    /// True when <paramref name="digits"/> (only digits; 9, or 8 with an implied leading zero) passes the BSN
    /// 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 and not zero.
    /// </summary>
    public static bool IsValidBsn(ReadOnlySpan<char> digits)
    {
        if (digits.Length is not (8 or 9))
        {
            return false;
        }

        var offset = 9 - digits.Length;
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var c = digits[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            var weight = i + offset == 8 ? -1 : 9 - (i + offset);
            sum += weight * (c - '0');
        }

        return sum != 0 && sum % 11 == 0;
    }
}
