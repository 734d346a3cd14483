using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Handreikingen.Teams;

/// <summary>
/// A casus for which nothing fitted: only the detected tags and stemmed keywords are kept (after the privacy guard),
/// never the text and never who asked. Partition = tenant, row = newest first.
/// </summary>
public sealed class InformationNeedEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Tags { get; set; } = "";
    public string Keywords { get; set; } = "";
    public DateTimeOffset AskedAt { get; set; }
}
