using Azure.Data.Tables;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Handreikingen.Teams;

/// <summary>Feedback per handreiking and information needs, for the kennismakelaars.</summary>
public sealed class CasusStore(TableStore store, TimeProvider time)
{
    public const string FeedbackTable = "HandreikingFeedback";
    public const string NeedsTable = "InformationNeeds";
    private const int MaxKeywords = 12;

    public async Task RateAsync(string tenantId, string userKey, string entryId, bool useful, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(FeedbackTable, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(new HandreikingFeedbackEntity
        {
            PartitionKey = TableKeys.Encode(entryId),
            RowKey = TableKeys.Encode(tenantId + "|" + userKey),
            EntryId = entryId,
            TenantId = tenantId,
            Useful = useful,
            RatedAt = time.GetUtcNow(),
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Per entry: (useful, not useful) counts within one tenant.</summary>
    public async Task<IReadOnlyDictionary<string, (int Useful, int NotUseful)>> FeedbackAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(FeedbackTable, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, (int Useful, int NotUseful)>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<HandreikingFeedbackEntity>(e => e.TenantId == tenantId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var (useful, notUseful) = result.GetValueOrDefault(row.EntryId);
            result[row.EntryId] = row.Useful ? (useful + 1, notUseful) : (useful, notUseful + 1);
        }
        return result;
    }

    /// <summary>How many entries one person rated (within one tenant).</summary>
    public async Task<int> CountRatingsAsync(string tenantId, string userKey, CancellationToken cancellationToken) =>
        (await RatingsOfAsync(tenantId, userKey, cancellationToken).ConfigureAwait(false)).Count;

    /// <summary>Deletes one person's ratings; returns how many were removed.</summary>
    public async Task<int> DeleteRatingsAsync(string tenantId, string userKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(FeedbackTable, cancellationToken).ConfigureAwait(false);
        var rows = await RatingsOfAsync(tenantId, userKey, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows) await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, Azure.ETag.All, cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    private async Task<List<HandreikingFeedbackEntity>> RatingsOfAsync(string tenantId, string userKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(FeedbackTable, cancellationToken).ConfigureAwait(false);
        var rowKey = TableKeys.Encode(tenantId + "|" + userKey);
        var rows = new List<HandreikingFeedbackEntity>();
        await foreach (var row in table.QueryAsync<HandreikingFeedbackEntity>(e => e.RowKey == rowKey, cancellationToken: cancellationToken).ConfigureAwait(false))
            rows.Add(row);
        return rows;
    }

    public async Task RecordNeedAsync(string tenantId, IEnumerable<string> tags, IEnumerable<string> keywords, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(NeedsTable, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        await table.AddEntityAsync(new InformationNeedEntity
        {
            PartitionKey = TableKeys.Encode(tenantId),
            RowKey = TableKeys.InvertedTicks(now) + "-" + Guid.NewGuid().ToString("N")[..8],
            Tags = string.Join(',', tags),
            Keywords = string.Join(',', keywords.Take(MaxKeywords)),
            AskedAt = now,
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<InformationNeedEntity>> RecentNeedsAsync(string tenantId, int max, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(NeedsTable, cancellationToken).ConfigureAwait(false);
        var result = new List<InformationNeedEntity>();
        await foreach (var row in table.QueryAsync<InformationNeedEntity>(e => e.PartitionKey == TableKeys.Encode(tenantId), maxPerPage: max, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(row);
            if (result.Count >= max) break;
        }
        return result;
    }
}
