using Azure;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Handreikingen.Storage;

/// <summary>
/// The one store of unanswered questions (casus without a fitting handreiking, lesson searches without a hit), read by
/// the kennismakelaars' views only as counts per tag or keyword, small counts hidden. Keeps only taxonomy tags and words of
/// the domain lexicon (a whitelist): a word the guard did not recognise as an identifier (a name, a number in words) is
/// never kept, because it is never a lexicon word.
/// </summary>
public sealed class InformationNeedStore(TableStore store, TimeProvider time, DomainLexicon lexicon) : IInformationNeeds
{
    private const int MaxKeywords = 8;
    private const int MaxRowsRead = 5000;

    public async Task RecordAsync(string tenantId, string? teamKey, string source, IEnumerable<string> tags, IEnumerable<string> keywords, CancellationToken cancellationToken)
    {
        var tagList = tags.Where(TagTaxonomy.IsKnown).Distinct(StringComparer.Ordinal).ToList();
        var keywordList = keywords.Select(lexicon.VocabularyWordFor).OfType<string>().Distinct(StringComparer.Ordinal).Take(MaxKeywords).ToList();
        if (tagList.Count == 0 && keywordList.Count == 0) return;
        var now = time.GetUtcNow();
        var table = await store.GetTableAsync(TableNames.InformationNeeds, cancellationToken).ConfigureAwait(false);
        await table.AddEntityAsync(new InformationNeedEntity
        {
            PartitionKey = TableKeys.Encode(tenantId),
            RowKey = TableKeys.InvertedTicks(now) + "-" + Guid.NewGuid().ToString("N")[..8],
            TeamKey = teamKey,
            Source = source,
            Tags = string.Join(',', tagList),
            Keywords = string.Join(',', keywordList),
            At = now,
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes rows older than <paramref name="olderThan"/>, and rows of any age holding a word that is no tag or lexicon word
    /// (kept before the whitelist existed). Returns how many rows were deleted.
    /// </summary>
    public async Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.InformationNeeds, cancellationToken).ConfigureAwait(false);
        var removed = 0;
        await foreach (var need in table.QueryAsync<InformationNeedEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var allowed = need.Tags.Split(',', StringSplitOptions.RemoveEmptyEntries).All(TagTaxonomy.IsKnown)
                && need.Keywords.Split(',', StringSplitOptions.RemoveEmptyEntries).All(k => lexicon.VocabularyWordFor(k) == k);
            if (need.At >= olderThan && allowed) continue;
            await table.DeleteEntityAsync(need.PartitionKey, need.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            removed++;
        }
        return removed;
    }

    /// <summary>
    /// Tags (as <c>#tag</c>) and keywords of the tenant's unanswered questions since <paramref name="since"/>, counted, most
    /// frequent first; counts below <paramref name="minCount"/> are left out. <paramref name="include"/> narrows the rows
    /// (e.g. one team and personal chats); null counts the whole tenant.
    /// </summary>
    public Task<IReadOnlyList<InsightCount>> CountForTeamAsync(string tenantId, string? teamKey, DateTimeOffset since, int minCount, CancellationToken cancellationToken) =>
        AggregateAsync(tenantId, since, minCount, n => n.TeamKey is null || string.Equals(n.TeamKey, teamKey, StringComparison.Ordinal), cancellationToken);

    public async Task<IReadOnlyList<InsightCount>> AggregateAsync(
        string tenantId, DateTimeOffset since, int minCount, Func<InformationNeedEntity, bool>? include, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.InformationNeeds, cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Encode(tenantId);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = 0;
        await foreach (var need in table.QueryAsync<InformationNeedEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (need.At < since || ++read > MaxRowsRead) break; // newest first: everything after is older
            if (include is not null && !include(need)) continue;
            var keys = need.Tags.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => "#" + t)
                .Concat(need.Keywords.Split(',', StringSplitOptions.RemoveEmptyEntries));
            foreach (var key in keys.Distinct(StringComparer.Ordinal)) counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return
        [
            .. counts.Where(c => c.Value >= minCount)
                .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new InsightCount(c.Key, c.Value)),
        ];
    }
}
