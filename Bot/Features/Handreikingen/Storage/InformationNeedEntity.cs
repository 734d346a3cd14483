using Azure;
using Azure.Data.Tables;
using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Features.Handreikingen.Storage;

/// <summary>
/// A question that found no answer (a casus without a fitting handreiking, a lesson search without a hit): only the
/// detected tags and stemmed keywords are kept (after the privacy guard), never the text and never who asked.
/// Partition = tenant, row = newest first.
/// </summary>
public sealed class InformationNeedEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The team the question came from; null in a personal chat.</summary>
    public string? TeamKey { get; set; }

    /// <summary>One of <see cref="InformationNeedSources"/>.</summary>
    public string Source { get; set; } = "";

    public string Tags { get; set; } = "";
    public string Keywords { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
