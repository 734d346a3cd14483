using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Teams.Roles;

/// <summary>One member's extra roles in one team (partition = tenant + team, row = user key). No names are stored.</summary>
public sealed class RoleAssignmentEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";
    public string UserKey { get; set; } = "";
    public int Roles { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
    public string AssignedBy { get; set; } = "";
}
