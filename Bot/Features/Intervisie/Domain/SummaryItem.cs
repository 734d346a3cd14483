namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>One shown contribution. <see cref="AuthorId"/> is null in anonymous phases.</summary>
public sealed record SummaryItem(string ContributionId, string? AuthorId, string? Text, string? ChoiceOptionId)
{
    /// <summary>The inbrenger's answer to this question (spread over days), shown under it; null when not answered.</summary>
    public string? Answer { get; init; }
}
