using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Reminders.Storage;

/// <summary>
/// Shares Teams' per-tenant budget (<see cref="ReminderOptions.TenantPerSecond"/>, 50/s) between the instances that
/// deliver reminders, through Table Storage, so N instances stay under it together without configuration. An instance
/// sending to a tenant holds a lease row (tenant, instance, expiry <see cref="ReminderOptions.BudgetLeaseTime"/>) and
/// renews it, and re-counts the live leases, every half <see cref="ReminderOptions.BudgetRefreshInterval"/> in the background
/// while it sends, and in line before it would send on a count older than the interval; its pacer then allows 1/N. An instance that joins and finds others
/// waits one refresh interval plus one second and the margin before its first send (<see cref="JoinWait"/>), so every
/// other instance has counted it (and lowered its own rate) and what they sent before is out of Teams' window; two that
/// join at the same moment both see each other. An instance that finds nothing more to send gives its
/// leases back (<see cref="ReleaseAllAsync"/>, also on shutdown), and a crashed instance's lease lapses, so its share returns
/// to the others.
/// Costs two storage requests per tenant per refresh interval while sending, none when idle.
/// </summary>
public sealed class TenantBudgetShare(
    TableStore store,
    ReminderInstanceName instance,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<TenantBudgetShare> logger)
{
    private readonly ConcurrentDictionary<string, Lease> _leases = new(StringComparer.Ordinal);

    /// <summary>How many instances share <paramref name="tenantId"/>'s budget now (at least 1, this one included).</summary>
    public async ValueTask<int> InstancesAsync(string tenantId, CancellationToken cancellationToken)
    {
        var lease = _leases.GetOrAdd(tenantId, _ => new Lease());
        var refresh = options.Value.BudgetRefreshInterval;
        var age = time.GetUtcNow() - lease.CountedAt;
        if (age < refresh / 2) return lease.Instances;
        if (age < refresh && lease.Joined)
        {
            // Renew ahead of time without holding up this send: a busy storage account must not stall the pacing.
            if (lease.Gate.Wait(0)) _ = RefreshAndReleaseAsync(tenantId, lease, CancellationToken.None);
            return lease.Instances;
        }
        await lease.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (time.GetUtcNow() - lease.CountedAt < refresh)
        {
            lease.Gate.Release();
            return lease.Instances;
        }
        return await RefreshAndReleaseAsync(tenantId, lease, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renews the lease and re-counts (the caller holds the lease's gate; released here).</summary>
    private async Task<int> RefreshAndReleaseAsync(string tenantId, Lease lease, CancellationToken cancellationToken)
    {
        try
        {
            var now = time.GetUtcNow();
            int instances;
            try
            {
                instances = await RenewAndCountAsync(tenantId, now, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e)
            {
                // Storage trouble: keep the last count (sends need the outbox in the same storage anyway) and try again later.
                ReminderLog.BudgetLeaseFailed(logger, e.Status);
                lease.CountedAt = now;
                return lease.Instances;
            }
            if (!lease.Joined && instances > 1)
            {
                // Others were sending before us: let each of them count us before we take our share (one refresh), and let
                // what they sent under their larger share leave Teams' one-second window (plus the margin): their logs
                // hold those requests, ours does not, so sending sooner could put their 50 and our share in one second.
                ReminderLog.BudgetJoined(logger, instances);
                await Task.Delay(JoinWait(options.Value), time, cancellationToken).ConfigureAwait(false);
            }
            lease.Joined = true;
            lease.Instances = instances;
            lease.CountedAt = now;   // the count is as old as the read, not as the answer
            return instances;
        }
        catch (Exception e) when (cancellationToken == CancellationToken.None)
        {
            // A renewal ahead of time that failed otherwise (e.g. a timeout): the next send renews in line.
            ReminderLog.BudgetLeaseFailed(logger, (e as RequestFailedException)?.Status ?? 0);
            return lease.Instances;
        }
        finally
        {
            lease.Gate.Release();
        }
    }

    /// <summary>How long a newcomer that found others waits before its first send.</summary>
    public static TimeSpan JoinWait(ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.BudgetRefreshInterval + TimeSpan.FromSeconds(1) + options.PacingMargin;
    }

    /// <summary>Gives this instance's shares back (nothing left to send, or shutdown), so the others need not wait for the leases to lapse.</summary>
    public async Task ReleaseAllAsync(CancellationToken cancellationToken)
    {
        if (_leases.IsEmpty) return;
        var table = await store.GetTableAsync(TableNames.ReminderBudgetLeases, cancellationToken).ConfigureAwait(false);
        foreach (var tenantId in _leases.Keys)
        {
            try
            {
                await table.DeleteEntityAsync(TableKeys.Encode(tenantId), TableKeys.Encode(instance.Value), ETag.All, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e)
            {
                ReminderLog.BudgetLeaseFailed(logger, e.Status);   // it lapses by itself
            }
        }
        _leases.Clear();
    }

    private async Task<int> RenewAndCountAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.ReminderBudgetLeases, cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Encode(tenantId);
        await table.UpsertEntityAsync(new TenantBudgetLeaseEntity
        {
            PartitionKey = partition,
            RowKey = TableKeys.Encode(instance.Value),
            ExpiresAt = now + options.Value.BudgetLeaseTime,
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        var live = 0;
        await foreach (var row in table.QueryAsync<TenantBudgetLeaseEntity>(e => e.PartitionKey == partition, select: [nameof(TenantBudgetLeaseEntity.ExpiresAt)], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.ExpiresAt > now) live++;
        }
        return Math.Max(1, live);
    }

    private sealed class Lease
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public int Instances { get; set; } = 1;
        public DateTimeOffset CountedAt { get; set; } = DateTimeOffset.MinValue;
        public bool Joined { get; set; }
    }
}
