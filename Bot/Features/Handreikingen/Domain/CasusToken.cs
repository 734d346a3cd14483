namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// One word of a casus text for lexicon matching: lowercased and ASCII-folded, its Dutch stem, the word as written,
/// whether it is a Dutch stop word (those only count inside multiword terms), and the clause it stands in (a new clause
/// starts after . , ; : ! ? or a line break), so a negation reaches only its own clause.
/// </summary>
public sealed record CasusToken(int Position, string Folded, string Stem, string Surface, bool IsStopWord = false, int Clause = 0);
