namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// A compiled lexicon term: one or more words that, found close together in a casus, point at a tag (or a crisis signal
/// kind). A term that itself contains a negation ("geen geld", "wil niet werken") is never negated again.
/// </summary>
internal sealed record LexiconTerm(string Tag, string Source, double Weight, IReadOnlyList<TermPart> Parts, bool ContainsNegator = false)
{
    /// <summary>How far apart (in words, any order) the words of a multiword term may be.</summary>
    public int Window => Parts.Count + 2;
}
