namespace IntervisieBot.Features.Intervisie.Rounds;

/// <summary>One shown contribution. <see cref="AuthorId"/> is null in anonymous phases.</summary>
public sealed record SummaryItem(string ContributionId, string? AuthorId, string? Text, string? ChoiceOptionId);
