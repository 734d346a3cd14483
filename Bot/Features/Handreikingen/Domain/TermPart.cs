using System.Text.RegularExpressions;

namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>One word of a lexicon term, compiled: a stem, a wildcard pattern on the folded word, or a regular expression.</summary>
internal sealed class TermPart
{
    private const int MinFuzzyLength = 7;
    private const int LongPrefixLength = 9;

    private readonly string? stem;
    private readonly string? literal;
    private readonly string? prefix;
    private readonly string? suffix;
    private readonly string? infix;
    private readonly Regex? regex;

    private TermPart(string? stem, string? literal, string? prefix, string? suffix, string? infix, Regex? regex)
    {
        this.stem = stem;
        this.literal = literal;
        this.prefix = prefix;
        this.suffix = suffix;
        this.infix = infix;
        this.regex = regex;
    }

    /// <summary>Compiles one word of a term; returns null with an error message when the pattern is unusable.</summary>
    public static TermPart? Compile(string raw, Func<string, CasusToken?> tokenizeWord, out string? error)
    {
        error = null;
        if (raw.StartsWith("re:", StringComparison.Ordinal))
        {
            try
            {
                // the non-backtracking engine runs in linear time, so no timeout is needed (and none fires under load)
                return new TermPart(null, null, null, null, null,
                    new Regex("^(?:" + raw[3..] + ")$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));
            }
            catch (ArgumentException ex)
            {
                error = $"invalid regular expression ({ex.Message})";
                return null;
            }
        }

        if (raw.Contains('*', StringComparison.Ordinal))
        {
            var folded = CasusTokenizer.Fold(raw);
            var core = folded.Trim('*');
            if (core.Length < 3 || core.Contains('*', StringComparison.Ordinal))
            {
                error = "a wildcard needs at least 3 letters and may only stand at the start and/or end";
                return null;
            }

            var starts = folded.StartsWith('*');
            var ends = folded.EndsWith('*');
            return starts && ends
                ? new TermPart(null, null, null, null, core, null)
                : starts
                    ? new TermPart(null, null, null, core, null, null)
                    : new TermPart(null, null, core, null, null, null);
        }

        var token = tokenizeWord(raw);
        if (token is null)
        {
            error = "contains no word";
            return null;
        }

        return new TermPart(token.Stem, token.Folded, null, null, null, null);
    }

    /// <summary>Whether a regular expression or wildcard (these may match stop words on purpose).</summary>
    public bool IsPattern => stem is null;

    public bool Matches(CasusToken token)
    {
        if (regex is not null)
        {
            return regex.IsMatch(token.Folded);
        }

        if (infix is not null)
        {
            return token.Folded.Contains(infix, StringComparison.Ordinal);
        }

        if (suffix is not null)
        {
            return token.Folded.EndsWith(suffix, StringComparison.Ordinal);
        }

        if (prefix is not null)
        {
            return token.Folded.StartsWith(prefix, StringComparison.Ordinal) || FuzzyPrefix(token.Folded, prefix);
        }

        return token.Stem == stem
               || (literal!.Length >= MinFuzzyLength && token.Folded.Length >= MinFuzzyLength
                   && (EditDistance.AtMostOneTypo(token.Folded, literal) || EditDistance.AtMostOneTypo(token.Stem, stem!)));
    }

    /// <summary>
    /// The lexicon's own word for <paramref name="token"/> when this part names it exactly (no typo tolerance): the stem, or
    /// the fixed core of a wildcard ("schuld" for "*schuld" on "huurschuld"); null otherwise and for regular expressions.
    /// What comes back is always text of the lexicon, never of the token.
    /// </summary>
    public string? VocabularyWordFor(CasusToken token)
    {
        if (regex is not null)
        {
            return null;
        }

        var core = infix ?? suffix ?? prefix;
        if (core is not null)
        {
            var hit = infix is not null ? token.Folded.Contains(core, StringComparison.Ordinal)
                : suffix is not null ? token.Folded.EndsWith(core, StringComparison.Ordinal)
                : token.Folded.StartsWith(core, StringComparison.Ordinal);
            return hit ? core : null;
        }

        return token.Stem == stem ? stem : null;
    }

    /// <summary>Tolerates one typo inside a long prefix ("verslaaft" for "verslaafd*", "deurwaader" for "deurwaarder*").</summary>
    private static bool FuzzyPrefix(string word, string prefix)
    {
        if (prefix.Length < MinFuzzyLength || word.Length < prefix.Length - 1)
        {
            return false;
        }

        if (word.Length >= prefix.Length && EditDistance.AtMostOneTypo(word[..prefix.Length], prefix))
        {
            return true;
        }

        // a missing or extra letter only for long prefixes, where it rarely makes another word
        return prefix.Length >= LongPrefixLength
               && (EditDistance.AtMostOneTypo(word[..(prefix.Length - 1)], prefix)
                   || (word.Length > prefix.Length && EditDistance.AtMostOneTypo(word[..(prefix.Length + 1)], prefix)));
    }
}
