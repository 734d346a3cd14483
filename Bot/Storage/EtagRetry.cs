using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Storage;

/// <summary>Optimistic concurrency for read-modify-write on one entity: retries on 412 (ETag mismatch) and 409 (insert race).</summary>
public static class EtagRetry
{
    /// <summary>
    /// Reads the entity (or null), lets <paramref name="mutate"/> return the new version (or null for no change), and writes it
    /// conditionally. Returns the stored entity, or the unchanged one when <paramref name="mutate"/> returned null.
    /// </summary>
    public static async Task<T?> UpdateAsync<T>(
        TableClient table, string partitionKey, string rowKey, Func<T?, T?> mutate, CancellationToken cancellationToken, int maxAttempts = 8)
        where T : class, ITableEntity, new()
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<T>(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            var current = existing.HasValue ? existing.Value : null;
            var next = mutate(current);
            if (next is null) return current;
            next.PartitionKey = partitionKey;
            next.RowKey = rowKey;
            try
            {
                if (current is null)
                {
                    await table.AddEntityAsync(next, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await table.UpdateEntityAsync(next, current.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                return next;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < maxAttempts)
            {
                // Someone else wrote first: read again and re-apply.
            }
        }
    }
}
