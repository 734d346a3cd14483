using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Scheduling.Storage;

/// <summary>One planned session (row <c>s|yyyyMMdd</c>): its proposed roles, who said they are away, and its reminders.</summary>
public sealed class SessionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The local date the session is held (yyyy-MM-dd).</summary>
    public string Date { get; set; } = "";
    public int Number { get; set; }

    public string? InbrengerKey { get; set; }
    public string? GespreksleiderKey { get; set; }
    public bool InbrengerAccepted { get; set; }
    public bool GespreksleiderAccepted { get; set; }

    /// <summary>User keys of members who said they are away (JSON array).</summary>
    public string AwayJson { get; set; } = "[]";

    /// <summary>The series version the reminders were scheduled for.</summary>
    public string Version { get; set; } = "";

    public string? AnnounceBucket { get; set; }
    public string? AnnounceId { get; set; }
    public string? PrepareBucket { get; set; }
    public string? PrepareId { get; set; }
    public string? StartBucket { get; set; }
    public string? StartId { get; set; }

    /// <summary>When the start card was posted (the session counts as held once a round was started that day).</summary>
    /// <summary>The Teams meeting's chat the start card went to (meeting start event), and when; once per session.</summary>
    public string? MeetingChatId { get; set; }
    public DateTimeOffset? MeetingStartPostedAt { get; set; }

    /// <summary>When the meeting end was handled (summary to the team, lesson prompt to the inbrenger); once per session.</summary>
    public DateTimeOffset? MeetingEndHandledAt { get; set; }

    public DateTimeOffset? StartPostedAt { get; set; }
}
