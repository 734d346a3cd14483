using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Lessons.Storage;

/// <summary>A lesson row. Lists are stored as JSON strings; no names except an author who opted in on a published lesson.</summary>
public sealed class LessonEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Scope { get; set; }
    public string TenantId { get; set; } = "";
    public string? TeamKey { get; set; }
    public string OwnerKey { get; set; } = "";
    public string? OwnerUserId { get; set; }
    public string Text { get; set; } = "";
    public string Tags { get; set; } = "[]";
    public string? ActionPlan { get; set; }
    public string? CopingPlan { get; set; }
    public string Type { get; set; } = "";
    public string Evidence { get; set; } = "";
    public string Handreikingen { get; set; } = "[]";
    public int CheckWeeks { get; set; }
    public DateTimeOffset CheckDate { get; set; }
    public string Visibility { get; set; } = "";
    public DateTimeOffset Created { get; set; }
    public DateTimeOffset Updated { get; set; }
    public int Status { get; set; }
    public string? SourceKind { get; set; }
    public string? SourceId { get; set; }
    public string History { get; set; } = "[]";
    public string? Check { get; set; }
    public int Curation { get; set; }
    public string? CurationNote { get; set; }
    public bool AuthorNamed { get; set; }
    public string? PublishedId { get; set; }
    public string? Title { get; set; }
    public string? AuthorName { get; set; }
    public DateTimeOffset? ReviewDate { get; set; }
    public string Sources { get; set; } = "[]";
}
