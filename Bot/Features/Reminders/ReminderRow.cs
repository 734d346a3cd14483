namespace IntervisieBot.Features.Reminders;

/// <summary>What a reminder kind's handler sees of a reminder: ids, never free text.</summary>
public sealed record ReminderRow(
    string Id,
    string Bucket,
    string Kind,
    string TenantId,
    string UserId,
    string UserKey,
    string? ConversationId,
    string ServiceUrl,
    string Payload,
    DateTimeOffset Due,
    int Attempts,
    ReminderStatus Status,
    string? Reason)
{
    /// <summary>The activity id Teams gave the message once sent (to update it in place).</summary>
    public string? SentActivityId { get; init; }

    internal static ReminderRow From(ReminderEntity e) => new(
        e.RowKey, e.PartitionKey, e.Kind, e.TenantId, e.UserId, e.UserKey, e.ConversationId, e.ServiceUrl, e.Payload,
        e.Due, e.Attempts, e.StatusValue, e.Reason) { SentActivityId = e.SentActivityId };
}
