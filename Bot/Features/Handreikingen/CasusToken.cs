namespace IntervisieBot.Features.Handreikingen;

/// <summary>One word of a casus text for lexicon matching: lowercased and ASCII-folded, its Dutch stem, the word as written.</summary>
public sealed record CasusToken(int Position, string Folded, string Stem, string Surface);
