using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Intervisie.Storage;

/// <summary>
/// The marker of the conversation's running round (row key <see cref="RoundKeys.ActiveRowKey"/>). Inserted with AddEntity, so
/// of two rounds started at once in the same channel exactly one gets it; removed when the round closes.
/// </summary>
public sealed class ActiveRoundEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string RoundId { get; set; } = "";
}
