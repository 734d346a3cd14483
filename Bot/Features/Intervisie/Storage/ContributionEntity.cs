using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Intervisie.Storage;

/// <summary>One contribution of one member in one phase: a row of its own, so members answering at once never share an ETag.</summary>
public sealed class ContributionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string RoundId { get; set; } = "";
    public string ContributionId { get; set; } = "";
    public int PhaseIndex { get; set; }
    public string PhaseId { get; set; } = "";
    public string AuthorId { get; set; } = "";
    public int Sequence { get; set; }
    public string? Text { get; set; }
    public string? ChoiceOptionId { get; set; }
    public DateTimeOffset At { get; set; }
}
