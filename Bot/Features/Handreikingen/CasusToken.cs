namespace IntervisieBot.Features.Handreikingen;

/// <summary>
/// One word of a casus text for lexicon matching: lowercased and ASCII-folded, its Dutch stem, the word as written, and
/// whether it is a Dutch stop word (those only count inside multiword terms).
/// </summary>
public sealed record CasusToken(int Position, string Folded, string Stem, string Surface, bool IsStopWord = false);
