using Azure.Data.Tables;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Handreikingen.Storage;

/// <summary>Feedback per handreiking (nuttig / niet nuttig), for the kennismakelaars.</summary>
public sealed class CasusStore(TableStore store, TimeProvider time)
{

    public async Task RateAsync(string tenantId, string userKey, string entryId, bool useful, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.HandreikingFeedback, cancellationToken).ConfigureAwait(false);
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
        var table = await store.GetTableAsync(TableNames.HandreikingFeedback, cancellationToken).ConfigureAwait(false);
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
        var table = await store.GetTableAsync(TableNames.HandreikingFeedback, cancellationToken).ConfigureAwait(false);
        var rows = await RatingsOfAsync(tenantId, userKey, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows) await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, Azure.ETag.All, cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    /// <summary>One person's ratings (handreiking, nuttig or not, when).</summary>
    public async Task<List<HandreikingFeedbackEntity>> RatingsOfAsync(string tenantId, string userKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.HandreikingFeedback, cancellationToken).ConfigureAwait(false);
        var rowKey = TableKeys.Encode(tenantId + "|" + userKey);
        var rows = new List<HandreikingFeedbackEntity>();
        await foreach (var row in table.QueryAsync<HandreikingFeedbackEntity>(e => e.RowKey == rowKey, cancellationToken: cancellationToken).ConfigureAwait(false))
            rows.Add(row);
        return rows;
    }
}
