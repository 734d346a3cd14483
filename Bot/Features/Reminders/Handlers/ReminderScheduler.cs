using System.Text.Json;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Reminders.Handlers;

/// <summary>
/// The API features use to schedule reminders. The due time is moved into the working-day window
/// (<see cref="WorkingDayCalendar.NextSendableAt"/>). Scheduling the same <see cref="ReminderRequest.Id"/> for the
/// same due time twice is one reminder.
/// </summary>
public sealed class ReminderScheduler(
    ReminderOutbox outbox,
    WorkingDayCalendar calendar,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderScheduler> logger)
{
    public WorkingDayCalendar Calendar => calendar;

    /// <exception cref="ArgumentException">A required field is missing, the serviceUrl is not absolute, or the payload is not a small JSON object.</exception>
    public async Task<ScheduledReminder> ScheduleAsync(ReminderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.TenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.UserId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.UserKey);
        if (!Uri.TryCreate(request.ServiceUrl, UriKind.Absolute, out _))
        {
            throw new ArgumentException("The serviceUrl must be an absolute URL from an authenticated activity.", nameof(request));
        }
        ValidatePayload(request.Payload, options.Value.MaxPayloadChars);

        var due = request.AnyTime ? request.Due : calendar.NextSendableAt(request.Due);
        var (bucket, id) = Place(request.Due, request.Id ?? Guid.NewGuid().ToString("N"), request.AnyTime);
        var entity = new ReminderEntity
        {
            PartitionKey = bucket,
            RowKey = id,
            Kind = request.Kind,
            TenantId = request.TenantId,
            UserId = request.UserId,
            UserKey = request.UserKey,
            ConversationId = string.IsNullOrWhiteSpace(request.ConversationId) ? null : request.ConversationId,
            ToPerson = string.IsNullOrWhiteSpace(request.ConversationId),
            ServiceUrl = request.ServiceUrl,
            Payload = request.Payload,
            Locale = request.Locale ?? "nl-NL",
            Due = due,
            AnyTime = request.AnyTime,
            Status = nameof(ReminderStatus.Pending),
            CreatedAt = time.GetUtcNow(),
        };
        var (stored, existed) = await outbox.InsertAsync(entity, cancellationToken).ConfigureAwait(false);
        if (!existed) ReminderLog.Scheduled(logger, stored.RowKey, stored.Kind, stored.PartitionKey, stored.Due);
        return new ScheduledReminder(stored.RowKey, stored.PartitionKey, stored.Due, existed);
    }

    /// <summary>
    /// Where <see cref="ScheduleAsync"/> stores a reminder with this id and due time (its bucket and row id), known before it
    /// is scheduled: so a feature can write its own row once, already pointing at the reminder it is about to schedule.
    /// </summary>
    public (string Bucket, string Id) Place(DateTimeOffset due, string id, bool anyTime = false) =>
        (ReminderBucket.Of(anyTime ? due : calendar.NextSendableAt(due)), TableKeys.Encode(id));

    /// <summary>The reminder as stored now, or null.</summary>
    public async Task<ReminderRow?> GetAsync(string bucket, string id, CancellationToken cancellationToken) =>
        await outbox.GetAsync(bucket, id, cancellationToken).ConfigureAwait(false) is { } e ? e.ToRow() : null;

    /// <summary>Closes a reminder that is no longer needed; false when it had already been sent or finished.</summary>
    public Task<bool> CloseAsync(string bucket, string id, string reason, CancellationToken cancellationToken) =>
        outbox.CloseAsync(bucket, id, reason, cancellationToken);

    private static void ValidatePayload(string payload, int maxChars)
    {
        if (payload is null || payload.Length > maxChars)
        {
            throw new ArgumentException($"The payload must be JSON of at most {maxChars} characters (ids only).", nameof(payload));
        }
        try
        {
            using var document = JsonDocument.Parse(payload);
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new ArgumentException("The payload must be a JSON object.", nameof(payload));
        }
        catch (JsonException e)
        {
            throw new ArgumentException("The payload is not valid JSON.", nameof(payload), e);
        }
    }
}
