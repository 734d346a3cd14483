using Azure.Data.Tables;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Lessons;

/// <summary>
/// Searches that found nothing, per team (tenant + team; personal-chat searches in the tenant's own bucket). Read only as
/// aggregates with small counts hidden.
/// </summary>
public sealed class InformationNeedStore(TableStore store, TimeProvider time)
{
    public const string TableName = "LessonNeeds";
    private const int MaxKeywords = 8;
    private const int MaxRowsRead = 5000;

    public static string Partition(string tenantId, string? teamKey) => TableKeys.Encode("needs|" + tenantId + "|" + (teamKey ?? "*"));

    public async Task RecordAsync(string tenantId, string? teamKey, LessonSearchQuery query, CancellationToken cancellationToken)
    {
        if (query.IsEmpty) return;
        var now = time.GetUtcNow();
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.AddEntityAsync(new InformationNeedEntity
        {
            PartitionKey = Partition(tenantId, teamKey),
            RowKey = LessonPartitions.NewId(now),
            Tags = string.Join(',', query.Tags.Select(t => t.Tag).Distinct(StringComparer.Ordinal)),
            Keywords = string.Join(',', query.Stems.Take(MaxKeywords)),
            At = now,
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Tags and keywords of no-result searches since <paramref name="since"/>, counted; counts below <paramref name="minCount"/> are left out.</summary>
    public async Task<IReadOnlyList<InsightCount>> AggregateAsync(IReadOnlyList<string> partitions, DateTimeOffset since, int minCount, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = 0;
        foreach (var partition in partitions.Distinct(StringComparer.Ordinal))
        {
            await foreach (var need in table.QueryAsync<InformationNeedEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (need.At < since || ++read > MaxRowsRead) break; // newest first: everything after is older
                var keys = need.Tags.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => "#" + t)
                    .Concat(need.Keywords.Split(',', StringSplitOptions.RemoveEmptyEntries));
                foreach (var key in keys.Distinct(StringComparer.Ordinal)) counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return [.. counts.Where(c => c.Value >= minCount).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new InsightCount(c.Key, c.Value))];
    }
}
