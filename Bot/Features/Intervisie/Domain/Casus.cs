namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>The inbrenger's casus: a short anonymous title and an optional anonymous description (free text: never log it).</summary>
public sealed record Casus(string Title, string? Description, DateTimeOffset SubmittedAt);
