using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Intervisie.Storage;

/// <summary>One earlier round of a team: who brought the casus and who chaired (partition = team scope, newest first).</summary>
public sealed class RotationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string RoundId { get; set; } = "";
    public string InbrengerId { get; set; } = "";
    public string GespreksleiderId { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
