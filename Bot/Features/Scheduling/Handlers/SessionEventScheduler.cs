using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Features.Scheduling.Storage;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Scheduling.Handlers;

/// <summary>
/// Rolling scheduling of a series' session events through the reminder engine: only the next session's three events are
/// ever pending (announce, prepare, start); handling a start schedules the session after it. Reminder ids are derived
/// from team, date, series version and event, so scheduling twice is one reminder and a changed plan gets fresh ones
/// (the old ones close themselves because their version no longer matches).
/// </summary>
public sealed class SessionEventScheduler(
    SeriesStore store,
    ReminderScheduler reminders,
    WorkingDayCalendar calendar,
    IOptions<SchedulingOptions> options,
    TimeProvider time,
    ILogger<SessionEventScheduler> logger)
{
    public static string KindOf(SessionEvent sessionEvent) => sessionEvent switch
    {
        SessionEvent.Announce => "sched-announce",
        SessionEvent.Prepare => "sched-prepare",
        _ => "sched-start",
    };

    /// <summary>Now as a wall-clock time in the calendar's zone (Europe/Amsterdam).</summary>
    public DateTime LocalNow => TimeZoneInfo.ConvertTime(time.GetUtcNow(), calendar.TimeZone).DateTime;

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    public DateTimeOffset Instant(DateOnly date, TimeOnly timeOfDay)
    {
        var local = date.ToDateTime(timeOfDay, DateTimeKind.Unspecified);
        if (calendar.TimeZone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local));
    }

    /// <summary>When an event of the session on <paramref name="date"/> is due (before now: now).</summary>
    public DateTimeOffset DueOf(SessionEvent sessionEvent, DateOnly date, SeriesPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var day = sessionEvent switch
        {
            SessionEvent.Announce => SeriesOccurrences.WorkingDaysBefore(calendar, date, options.Value.AnnounceWorkingDays),
            SessionEvent.Prepare => SeriesOccurrences.WorkingDaysBefore(calendar, date, options.Value.PrepareWorkingDays),
            _ => date,
        };
        var due = Instant(day, plan.StartTime);
        var now = time.GetUtcNow();
        return due < now ? now : due;
    }

    /// <summary>
    /// Schedules the events of the first session held after <paramref name="after"/> (local time) and records them on the
    /// session row. Returns that session, or null when the series has no more sessions.
    /// </summary>
    public async Task<SessionOccurrence?> ScheduleNextAsync(SeriesEntity series, DateTime after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var plan = SeriesStore.PlanOf(series);
        var next = SeriesOccurrences.NextHeld(plan, calendar, after, 1).FirstOrDefault();
        if (next?.Date is not { } date) return null;

        var payload = new SessionEventPayload(series.PartitionKey, SeriesKeys.DateKey(date), series.Version).ToJson();
        var scheduled = new Dictionary<SessionEvent, ScheduledReminder>();
        var fresh = 0;
        var existing = await store.GetSessionAsync(series.PartitionKey, date, cancellationToken).ConfigureAwait(false);
        foreach (var sessionEvent in Enum.GetValues<SessionEvent>())
        {
            // Already sent for this date (e.g. the plan's method changed after the announcement): not again.
            if (existing is not null && Stored(existing, sessionEvent) is ({ } sentBucket, { } sentId)
                && await reminders.GetAsync(sentBucket, sentId, cancellationToken).ConfigureAwait(false) is { Status: ReminderStatus.Sent } sent)
            {
                scheduled[sessionEvent] = new ScheduledReminder(sent.Id, sent.Bucket, sent.Due, AlreadyExisted: true);
                continue;
            }

            var result = await reminders.ScheduleAsync(new ReminderRequest(
                KindOf(sessionEvent),
                series.TenantId,
                series.OrganizerUserId,
                series.OrganizerKey,
                series.ServiceUrl,
                DueOf(sessionEvent, date, plan),
                payload,
                series.ConversationId,
                series.Locale,
                $"sched|{series.PartitionKey}|{SeriesKeys.DateKey(date)}|{series.Version}|{sessionEvent}"), cancellationToken).ConfigureAwait(false);
            scheduled[sessionEvent] = result;
            if (!result.AlreadyExisted) fresh++;
        }

        SessionEntity? replaced = null;
        await store.UpdateSessionAsync(series.PartitionKey, date, current =>
        {
            if (current is not null && current.Version == series.Version && current.StartId == scheduled[SessionEvent.Start].Id) return null;
            replaced = current is { Version.Length: > 0 } && current.Version != series.Version ? Copy(current) : null;
            var row = current ?? new SessionEntity { Date = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
            row.Number = next.Number;
            row.Version = series.Version;
            (row.AnnounceBucket, row.AnnounceId) = (scheduled[SessionEvent.Announce].Bucket, scheduled[SessionEvent.Announce].Id);
            (row.PrepareBucket, row.PrepareId) = (scheduled[SessionEvent.Prepare].Bucket, scheduled[SessionEvent.Prepare].Id);
            (row.StartBucket, row.StartId) = (scheduled[SessionEvent.Start].Bucket, scheduled[SessionEvent.Start].Id);
            return row;
        }, cancellationToken).ConfigureAwait(false);

        if (replaced is not null) await CloseAsync(replaced, "plan-changed", cancellationToken).ConfigureAwait(false);
        SchedulingLog.EventsScheduled(logger, SeriesKeys.DateKey(date), fresh);
        return next;
    }

    /// <summary>Closes the session's pending reminders (a stopped or changed series); already sent ones stay as they are.</summary>
    public async Task CloseAsync(SessionEntity session, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        foreach (var (bucket, id) in new[] { (session.AnnounceBucket, session.AnnounceId), (session.PrepareBucket, session.PrepareId), (session.StartBucket, session.StartId) })
        {
            if (bucket is null || id is null) continue;
            await reminders.CloseAsync(bucket, id, reason, cancellationToken).ConfigureAwait(false);
        }
    }

    private static (string? Bucket, string? Id) Stored(SessionEntity row, SessionEvent sessionEvent) => sessionEvent switch
    {
        SessionEvent.Announce => (row.AnnounceBucket, row.AnnounceId),
        SessionEvent.Prepare => (row.PrepareBucket, row.PrepareId),
        _ => (row.StartBucket, row.StartId),
    };

    private static SessionEntity Copy(SessionEntity row) => new()
    {
        AnnounceBucket = row.AnnounceBucket,
        AnnounceId = row.AnnounceId,
        PrepareBucket = row.PrepareBucket,
        PrepareId = row.PrepareId,
        StartBucket = row.StartBucket,
        StartId = row.StartId,
    };
}
