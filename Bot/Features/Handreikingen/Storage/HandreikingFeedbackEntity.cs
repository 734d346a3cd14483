using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Handreikingen.Storage;

/// <summary>One person's latest "nuttig / niet nuttig" for one entry (partition = entry, row = tenant + user key).</summary>
public sealed class HandreikingFeedbackEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string EntryId { get; set; } = "";
    public string TenantId { get; set; } = "";
    public bool Useful { get; set; }
    public DateTimeOffset RatedAt { get; set; }
}
