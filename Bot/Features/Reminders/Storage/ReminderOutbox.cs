using Azure;
using Azure.Data.Tables;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Reminders.Storage;

/// <summary>
/// The reminder outbox in Azure Tables: rows partitioned by due-hour bucket plus a small table of open buckets, so a
/// poll reads only buckets up to now that still hold unfinished work. Every state change is ETag-conditional.
/// </summary>
public sealed class ReminderOutbox(TableStore store)
{
    private static readonly string Unfinished =
        $"(Status eq '{nameof(ReminderStatus.Pending)}' or Status eq '{nameof(ReminderStatus.Claimed)}')";

    /// <summary>Inserts the row (or finds the existing one with the same bucket and id), then marks its bucket open.</summary>
    public async Task<(ReminderEntity Entity, bool AlreadyExisted)> InsertAsync(ReminderEntity entity, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.ReminderOutbox, cancellationToken).ConfigureAwait(false);
        var existed = false;
        try
        {
            var response = await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            entity.ETag = response.Headers.ETag.GetValueOrDefault();
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            existed = true;
            entity = (await table.GetEntityAsync<ReminderEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        // After the row: a poll that retires this bucket concurrently either sees the row or loses its ETag race.
        await TouchBucketAsync(entity.PartitionKey, cancellationToken).ConfigureAwait(false);
        return (entity, existed);
    }

    public async Task<ReminderEntity?> GetAsync(string bucket, string id, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.ReminderOutbox, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<ReminderEntity>(bucket, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>
    /// Up to <paramref name="max"/> rows that may be claimed now: pending and due, or claimed with an expired claim.
    /// Buckets found to hold nothing unfinished are retired on the way.
    /// </summary>
    /// <param name="anyTimeOnly">Only rows due at any time (<see cref="ReminderEntity.AnyTime"/>): outside the working-day window.</param>
    public async Task<IReadOnlyList<ReminderEntity>> FindClaimableAsync(DateTimeOffset now, int max, CancellationToken cancellationToken, bool anyTimeOnly = false)
    {
        var buckets = await store.GetTableAsync(TableNames.ReminderBuckets, cancellationToken).ConfigureAwait(false);
        var outbox = await store.GetTableAsync(TableNames.ReminderOutbox, cancellationToken).ConfigureAwait(false);
        var nowBucket = ReminderBucket.Of(now);
        var open = new List<ReminderBucketEntity>();
        await foreach (var marker in buckets.QueryAsync<ReminderBucketEntity>(
            b => b.PartitionKey == ReminderBucketEntity.OpenPartition && b.RowKey.CompareTo(nowBucket) <= 0,
            cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            open.Add(marker);
        }

        var result = new List<ReminderEntity>();
        foreach (var marker in open.OrderBy(m => m.RowKey, StringComparer.Ordinal))
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {marker.RowKey}") + " and " + Unfinished;
            var unfinished = 0;
            await foreach (var row in outbox.QueryAsync<ReminderEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                unfinished++;
                if (result.Count < max && IsClaimable(row, now) && (!anyTimeOnly || row.AnyTime)) result.Add(row);
            }
            if (unfinished == 0) await RetireBucketAsync(buckets, marker, cancellationToken).ConfigureAwait(false);
            if (result.Count >= max) break;
        }
        return result;
    }

    internal static bool IsClaimable(ReminderEntity row, DateTimeOffset now) => row.StatusValue switch
    {
        ReminderStatus.Pending => row.Due <= now,
        ReminderStatus.Claimed => row.ClaimedUntil is not { } until || until <= now,
        _ => false,
    };

    /// <summary>
    /// Claims <paramref name="candidate"/> as read (its ETag) for <paramref name="instanceId"/> until <paramref name="until"/>
    /// and counts the attempt. Null when another instance changed it first (ETag mismatch) or it is no longer claimable.
    /// </summary>
    public async Task<ReminderEntity?> TryClaimAsync(ReminderEntity candidate, string instanceId, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (!IsClaimable(candidate, now)) return null;
        candidate.Status = nameof(ReminderStatus.Claimed);
        candidate.ClaimedBy = instanceId;
        candidate.ClaimedUntil = until;
        candidate.Attempts++;
        return await TryReplaceAsync(candidate, cancellationToken).ConfigureAwait(false) ? candidate : null;
    }

    /// <summary>Replaces the row if its ETag still matches; updates the entity's ETag. False when someone else wrote in between.</summary>
    public async Task<bool> TryReplaceAsync(ReminderEntity entity, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.ReminderOutbox, cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            entity.ETag = response.Headers.ETag.GetValueOrDefault();
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>Closes an unfinished reminder (a feature no longer needs it). False when it was already finished or absent.</summary>
    public async Task<bool> CloseAsync(string bucket, string id, string reason, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.ReminderOutbox, cancellationToken).ConfigureAwait(false);
        var closed = false;
        await EtagRetry.UpdateAsync<ReminderEntity>(table, bucket, id, current =>
        {
            closed = false;
            if (current is null || current.StatusValue is not (ReminderStatus.Pending or ReminderStatus.Claimed)) return null;
            current.Status = nameof(ReminderStatus.Closed);
            current.Reason = reason;
            current.ClaimedUntil = null;
            closed = true;
            return current;
        }, cancellationToken).ConfigureAwait(false);
        return closed;
    }

    /// <summary>Every row about one person (a scan over the whole outbox: only for "mijn gegevens", which is rare).</summary>
    public async Task<IReadOnlyList<ReminderEntity>> ListForUserAsync(string tenantId, string userKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.ReminderOutbox, cancellationToken).ConfigureAwait(false);
        var rows = new List<ReminderEntity>();
        await foreach (var row in table.QueryAsync<ReminderEntity>(e => e.TenantId == tenantId && e.UserKey == userKey, cancellationToken: cancellationToken).ConfigureAwait(false))
            rows.Add(row);
        return rows;
    }

    /// <summary>Deletes a row if it has not changed since it was read; false when it changed or is gone.</summary>
    public async Task<bool> TryDeleteAsync(ReminderEntity row, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.ReminderOutbox, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>
    /// Deletes finished rows (sent, undeliverable, closed) whose due-hour bucket is before <paramref name="before"/>; their
    /// work is done and they only still hold ids. Returns how many were deleted.
    /// </summary>
    public async Task<int> PurgeFinishedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.ReminderOutbox, cancellationToken).ConfigureAwait(false);
        var bucket = ReminderBucket.Of(before);
        var filter = $"PartitionKey lt '{bucket}' and not {Unfinished}";
        var deleted = 0;
        await foreach (var row in table.QueryAsync<ReminderEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (await TryDeleteAsync(row, cancellationToken).ConfigureAwait(false)) deleted++;
        }
        return deleted;
    }

    private async Task TouchBucketAsync(string bucket, CancellationToken cancellationToken)
    {
        var buckets = await store.GetTableAsync(TableNames.ReminderBuckets, cancellationToken).ConfigureAwait(false);
        var marker = new ReminderBucketEntity { RowKey = bucket, TouchedAt = DateTimeOffset.UtcNow };
        // Replace (not merge) always changes the ETag, which is what makes a concurrent retirement fail.
        await buckets.UpsertEntityAsync(marker, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static async Task RetireBucketAsync(TableClient buckets, ReminderBucketEntity marker, CancellationToken cancellationToken)
    {
        try
        {
            await buckets.DeleteEntityAsync(marker.PartitionKey, marker.RowKey, marker.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            // Touched again by a new reminder (412) or retired by another instance (404): nothing to do.
        }
    }
}
