namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>An analysed word: its Dutch stem (as indexed) and the word as written (lowercased) for the "waarom" line.</summary>
public sealed record QueryTerm(string Stem, string Surface);
