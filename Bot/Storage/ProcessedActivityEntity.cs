using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Storage;

public sealed class ProcessedActivityEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
