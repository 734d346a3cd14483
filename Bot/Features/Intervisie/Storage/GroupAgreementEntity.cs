using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Intervisie.Storage;

/// <summary>One person confirmed the group agreement of one conversation: ids and the moment, no text.</summary>
public sealed class GroupAgreementEntity : ITableEntity
{
    /// <summary>The conversation's partition (<see cref="RoundKeys.Partition"/>).</summary>
    public string PartitionKey { get; set; } = "";

    /// <summary>The person's user key, encoded (<see cref="IntervisieBot.Storage.TableKeys.Encode"/>).</summary>
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public DateTimeOffset ConfirmedAt { get; set; }
}
