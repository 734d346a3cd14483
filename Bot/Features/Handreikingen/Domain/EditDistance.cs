namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// Cheap test for "one typo apart": one letter inserted, deleted, two neighbours swapped, or the classic Dutch d/t mix-up.
/// Other substitutions are not typos but often other words (longen/loggen, wedden/redden), so they do not count.
/// </summary>
internal static class EditDistance
{
    public static bool AtMostOneTypo(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length && i == b.Length)
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            var dt = (a[i] == 'd' && b[i] == 't') || (a[i] == 't' && b[i] == 'd');
            return (dt && a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
                   || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        }

        return a.Length > b.Length
            ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i))
            : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
