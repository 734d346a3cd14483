using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Reminders.Storage;

/// <summary>One instance's lease on a share of a tenant's send budget (PartitionKey: the tenant, encoded; RowKey: the instance, encoded).</summary>
public sealed class TenantBudgetLeaseEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The lease lapses at this time (the writer's clock) unless it is renewed.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
