

namespace IntervisieBot.Features.Reminders.Domain;

/// <summary>Life cycle of one reminder row in the outbox.</summary>
public enum ReminderStatus
{
    /// <summary>Waiting for its due time (also after a transient failure, with a later due time).</summary>
    Pending,

    /// <summary>An instance claimed it until <see cref="ReminderEntity.ClaimedUntil"/>; after that anyone may reclaim it.</summary>
    Claimed,

    /// <summary>The connector answered 2xx.</summary>
    Sent,

    /// <summary>Cannot be delivered (bot blocked or removed, conversation gone, attempts exhausted); see the reason.</summary>
    Undeliverable,

    /// <summary>No longer needed (the kind's handler said so, or a feature cancelled it).</summary>
    Closed,
}
