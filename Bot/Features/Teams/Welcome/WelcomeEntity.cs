using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Teams.Welcome;

/// <summary>Marks that a conversation got its welcome card (so install + conversationUpdate welcome once).</summary>
public sealed class WelcomeEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public DateTimeOffset WelcomedAt { get; set; }
}
