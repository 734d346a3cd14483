using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Scheduling.Storage;

/// <summary>A member's short casus proposal for one session (row <c>p|yyyyMMdd|user</c>); only clean text is stored.</summary>
public sealed class CasusProposalEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Date { get; set; } = "";
    public string AuthorKey { get; set; } = "";
    public string Title { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
