using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Reminders.Storage;

/// <summary>
/// Marks a bucket that may still hold unfinished reminders (PartitionKey <see cref="OpenPartition"/>, RowKey the bucket).
/// Written after every insert into the bucket; deleted (ETag-conditional) when the bucket holds nothing unfinished.
/// </summary>
public sealed class ReminderBucketEntity : ITableEntity
{
    public const string OpenPartition = "open";

    public string PartitionKey { get; set; } = OpenPartition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public DateTimeOffset TouchedAt { get; set; }
}
