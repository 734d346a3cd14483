using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Lessons;

/// <summary>
/// A search that found nothing, kept as an information need: only the detected taxonomy tags and the stemmed keywords,
/// after the privacy guard, without the searcher or the search text.
/// </summary>
public sealed class InformationNeedEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Tags { get; set; } = "";
    public string Keywords { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
