
namespace IntervisieBot.Features.Reminders.Domain;

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
}
