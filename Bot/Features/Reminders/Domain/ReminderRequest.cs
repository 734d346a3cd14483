

namespace IntervisieBot.Features.Reminders.Domain;

/// <summary>
/// What a feature asks <see cref="ReminderScheduler.ScheduleAsync"/> to deliver. <paramref name="ServiceUrl"/> must come
/// from an authenticated activity (it will receive the bot's token). <paramref name="Payload"/> is small JSON with ids
/// only. <paramref name="Id"/> makes scheduling idempotent (same id twice = one reminder); null for a new random id.
/// <paramref name="AnyTime"/>: due at <paramref name="Due"/> exactly, also outside the working-day window (timed work such as a
/// round's phase deadline, not a message a person should get in the evening).
/// </summary>
public sealed record ReminderRequest(
    string Kind,
    string TenantId,
    string UserId,
    string UserKey,
    string ServiceUrl,
    DateTimeOffset Due,
    string Payload = "{}",
    string? ConversationId = null,
    string? Locale = null,
    string? Id = null,
    bool AnyTime = false);
