namespace IntervisieBot.Features.Teams.Help;

/// <summary>
/// The command a mistyped message was probably meant to be ("hlup" → hulp, "start intervsie" → start intervisie):
/// the known phrase with the same number of words at the smallest edit distance (letters swapped, missing, extra or
/// wrong), when that distance is small for the phrase's length. Never returns the user's own text.
/// </summary>
public static class CommandSuggestion
{
    /// <summary>Phrases shorter than this are never suggested ("?").</summary>
    private const int MinPhraseLength = 3;

    public static string? Closest(string text, IEnumerable<string> phrases)
    {
        var typed = string.Join(' ', (text ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (typed.Length == 0) return null;
        var words = typed.Count(c => c == ' ') + 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        // In the given order (the route table lists each command's Dutch phrase first): on a tie the first one wins.
        foreach (var phrase in phrases.Where(p => p.Length >= MinPhraseLength))
        {
            if (phrase.Count(c => c == ' ') + 1 != words) continue;
            var distance = Distance(typed, phrase.ToLowerInvariant());
            if (distance == 0) return null;   // a command itself, not a typo
            if (distance > Allowed(phrase)) continue;
            if (distance < bestDistance) (best, bestDistance) = (phrase, distance);
        }
        return best;
    }

    /// <summary>One edit for short phrases (up to 5 letters), two for longer ones.</summary>
    public static int Allowed(string phrase) => phrase.Length <= 5 ? 1 : 2;

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
