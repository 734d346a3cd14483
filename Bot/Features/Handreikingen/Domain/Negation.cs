namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// Negation within a clause, Dutch and English: "geen schulden, geen verslaving", "is niet verslaafd", "no debts". A negator
/// up to <see cref="Reach"/> words before a term negates it when they stand in the same clause and no contrast or list word
/// ("maar", "wel", "en", "but", "and") stands between them: "geen werk en schulden" keeps schulden.
/// </summary>
internal static class Negation
{
    private const int Reach = 3;

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "geen", "niet", "zonder", "nooit", "noch", "no", "not", "without", "never", "nor", "isn't", "doesn't", "hasn't",
    };

    private static readonly HashSet<string> Breakers = new(StringComparer.Ordinal)
    {
        "maar", "wel", "en", "of", "toch", "echter", "behalve", "but", "and", "or", "however", "except",
    };

    /// <summary>
    /// Problem areas whose words name the problem itself ("schulden", "verslaafd"). Housing and isolation words mostly name
    /// what is missing ("geen woning", "geen postadres", "geen vrienden"), so a negation there is the problem, not its absence.
    /// </summary>
    private static readonly HashSet<string> AbsenceIsTheProblem = new(StringComparer.Ordinal) { "huisvesting", "sociaal-isolement" };

    public static bool IsNegator(string folded) => Negators.Contains(folded);

    /// <summary>Whether a negation can cancel this tag: problem areas only ("niet gemotiveerd" stays a motivation question).</summary>
    public static bool AppliesTo(string tag) => TagTaxonomy.IsProblemArea(tag) && !AbsenceIsTheProblem.Contains(tag);

    /// <summary>Whether the word at <paramref name="position"/> is negated within its clause.</summary>
    public static bool IsNegated(IReadOnlyList<CasusToken> tokens, int position)
    {
        var clause = tokens[position].Clause;
        for (var p = position - 1; p >= 0 && p >= position - Reach; p--)
        {
            var token = tokens[p];
            if (token.Clause != clause || Breakers.Contains(token.Folded))
            {
                return false;
            }

            if (Negators.Contains(token.Folded))
            {
                return true;
            }
        }

        return false;
    }
}
