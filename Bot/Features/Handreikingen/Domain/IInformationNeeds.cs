namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// What another feature may do with the unanswered questions Handreikingen keeps (its <c>InformationNeedStore</c>):
/// record one (tags of the taxonomy and lexicon words only) and read a team's counts. Lessons records its searches
/// without a hit and shows a team's needs in its curation overview through this, never through the table.
/// </summary>
public interface IInformationNeeds
{
    Task RecordAsync(string tenantId, string? teamKey, string source, IEnumerable<string> tags, IEnumerable<string> keywords, CancellationToken cancellationToken);

    /// <summary>
    /// The tags (as <c>#tag</c>) and keywords of the questions asked in the team <paramref name="teamKey"/> and in personal
    /// chats (no team) since <paramref name="since"/>, counted, most frequent first; counts below <paramref name="minCount"/> left out.
    /// </summary>
    Task<IReadOnlyList<InsightCount>> CountForTeamAsync(string tenantId, string? teamKey, DateTimeOffset since, int minCount, CancellationToken cancellationToken);
}
