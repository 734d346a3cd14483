using Azure;
using Azure.Data.Tables;
using IntervisieBot.Features.Reminders.Domain;

namespace IntervisieBot.Features.Reminders.Storage;

/// <summary>
/// One reminder in the outbox table. PartitionKey: the UTC hour bucket of its first due time (<c>yyyyMMddHH</c>);
/// RowKey: the reminder id. A retry moves <see cref="Due"/> but never the row, so a claim's ETag always guards the one row.
/// </summary>
public sealed class ReminderEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Kind { get; set; } = "";
    public string TenantId { get; set; } = "";

    /// <summary>The user's Teams id (<c>29:…</c>), the member for a proactively created 1:1 chat.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The stable user key (Entra object id or user id) features use to find the user's data.</summary>
    public string UserKey { get; set; } = "";

    /// <summary>The 1:1 conversation with the user; null until known (created proactively on first send).</summary>
    public string? ConversationId { get; set; }

    public string ServiceUrl { get; set; } = "";

    /// <summary>True when the reminder goes to the person themself (a 1:1 chat); false for a post in a team's conversation.</summary>
    public bool ToPerson { get; set; }

    /// <summary>Small JSON with ids only (never free text); interpreted by the kind's handler.</summary>
    public string Payload { get; set; } = "{}";

    /// <summary>The culture name the card is built in (nl-NL or en-US).</summary>
    public string Locale { get; set; } = "nl-NL";

    public DateTimeOffset Due { get; set; }

    /// <summary>
    /// Due at its own time, also outside the working-day window (a round's phase deadline): never moved into the window,
    /// delivered whenever due.
    /// </summary>
    public bool AnyTime { get; set; }

    public int Attempts { get; set; }
    public string Status { get; set; } = nameof(ReminderStatus.Pending);
    public DateTimeOffset? ClaimedUntil { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? SentActivityId { get; set; }

    /// <summary>Why it is <see cref="ReminderStatus.Undeliverable"/> or <see cref="ReminderStatus.Closed"/> (a code, never user text).</summary>
    public string? Reason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    internal ReminderStatus StatusValue =>
        Enum.TryParse<ReminderStatus>(Status, out var status) ? status : ReminderStatus.Pending;

    /// <summary>What a reminder kind sees of this row (<see cref="ReminderRow"/>: ids, never free text).</summary>
    internal ReminderRow ToRow() => new(
        RowKey, PartitionKey, Kind, TenantId, UserId, UserKey, ConversationId, ServiceUrl, Payload,
        Due, Attempts, StatusValue, Reason) { SentActivityId = SentActivityId };
}
