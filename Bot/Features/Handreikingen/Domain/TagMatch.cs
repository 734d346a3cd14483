namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>A taxonomy tag detected in a casus: its strength and the words (as written) that triggered it.</summary>
public sealed record TagMatch(string Tag, double Weight, IReadOnlyList<string> Words);
