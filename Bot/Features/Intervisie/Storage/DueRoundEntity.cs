using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Intervisie.Storage;

/// <summary>
/// A spread round to look at from <see cref="DueAt"/> on (its reminder or deadline). An instance claims it by writing
/// <see cref="LeaseUntil"/> with the entity's ETag, handles it, and deletes it; a crashed instance's lease simply runs out.
/// </summary>
public sealed class DueRoundEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string RoundPartition { get; set; } = "";
    public string RoundId { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}
