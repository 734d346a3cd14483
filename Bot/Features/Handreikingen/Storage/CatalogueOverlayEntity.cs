using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Handreikingen.Storage;

/// <summary>A kennismakelaar's change to the catalogue: a new or edited entry (JSON, repository format) or a retirement.</summary>
public sealed class CatalogueOverlayEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string EntryId { get; set; } = "";
    /// <summary>The entry as JSON in the repository format; empty for a retirement of a repository entry.</summary>
    public string Json { get; set; } = "";
    public bool Retired { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
