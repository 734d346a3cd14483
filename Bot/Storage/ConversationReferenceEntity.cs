using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Storage;

public sealed class ConversationReferenceEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string? ConversationType { get; set; }
    public string ServiceUrl { get; set; } = "";
    public string? BotId { get; set; }
    public string? BotName { get; set; }
    public string? TeamId { get; set; }
    public string? TeamName { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
