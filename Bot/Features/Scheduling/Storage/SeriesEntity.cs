using Azure;
using Azure.Data.Tables;
using IntervisieBot.Features.Scheduling.Domain;

namespace IntervisieBot.Features.Scheduling.Storage;

/// <summary>A team's planned series (row <see cref="SeriesKeys.SeriesRow"/>); written only with its ETag.</summary>
public sealed class SeriesEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";
    public string TeamKey { get; set; } = "";

    /// <summary>The channel conversation (thread root) announcements and start cards are posted to.</summary>
    public string ConversationId { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    public string Locale { get; set; } = "nl-NL";

    public string Status { get; set; } = nameof(SeriesStatus.Active);

    /// <summary>Changes with every save; reminders of an older version close themselves.</summary>
    public string Version { get; set; } = "";

    public int IntervalWeeks { get; set; }
    public int Weekday { get; set; }
    public string StartTime { get; set; } = "";
    public int DurationMinutes { get; set; }
    public string MethodId { get; set; } = "";
    public string FirstDate { get; set; } = "";
    public string? EndDate { get; set; }
    public string Holidays { get; set; } = "";

    /// <summary>The teamleider who planned it: user key and Teams user id (the reminders' owner).</summary>
    public string OrganizerKey { get; set; } = "";
    public string OrganizerUserId { get; set; } = "";

    /// <summary>The team's Microsoft 365 group (channelData.team.aadGroupId), when Teams sent it.</summary>
    public string? GroupId { get; set; }

    public string? CalendarOrganizer { get; set; }
    public string? CalendarEventId { get; set; }
    public string? JoinUrl { get; set; }

    /// <summary>The last calendar answer (a <c>CalendarStatus</c> name), null before any attempt.</summary>
    public string? CalendarState { get; set; }
    public string? CalendarPermission { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
