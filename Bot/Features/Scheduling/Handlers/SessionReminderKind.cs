using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Features.Scheduling.Storage;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Features.Scheduling.Handlers;

/// <summary>
/// One of a planned session's events, delivered exactly once by the reminder engine into the team channel. The card is
/// built from current data when it is due (roles proposed then, away marks and proposals as they are now). A stopped or
/// changed series answers null, which closes the reminder unsent. The start event also schedules the next session.
/// </summary>
public sealed class SessionReminderKind(
    SessionEvent sessionEvent,
    SessionService sessions,
    SessionEventScheduler scheduler,
    ILogger<SessionReminderKind> logger) : IReminderKind
{
    public string Kind => SessionEventScheduler.KindOf(sessionEvent);

    public async Task<Activity?> BuildAsync(ReminderRow reminder, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (SessionEventPayload.Parse(reminder.Payload) is not { } payload || !SeriesKeys.TryParseDateKey(payload.Date, out var date))
        {
            return NotNeeded("bad-payload", "");
        }

        var series = await sessions.Store.GetSeriesAsync(payload.Partition, cancellationToken).ConfigureAwait(false);
        if (series is null || series.Status != nameof(SeriesStatus.Active)) return NotNeeded("no-active-series", payload.Date);
        if (series.Version != payload.Version) return NotNeeded("plan-changed", payload.Date);
        if (series.TenantId != reminder.TenantId || series.ConversationId != reminder.ConversationId) return NotNeeded("other-conversation", payload.Date);

        var plan = SeriesStore.PlanOf(series);
        if (sessions.OccurrenceOn(plan, date) is null) return NotNeeded("no-session-that-day", payload.Date);

        AdaptiveCard card;
        switch (sessionEvent)
        {
            case SessionEvent.Announce:
            {
                var members = await sessions.MembersAsync(series, cancellationToken).ConfigureAwait(false);
                var session = await sessions.EnsureRolesAsync(series, date, members, cancellationToken).ConfigureAwait(false);
                if (session is null) return NotNeeded("no-session-row", payload.Date);
                card = sessions.Announcement(series, session, members, culture, null);
                break;
            }
            case SessionEvent.Prepare:
                card = await sessions.PreparationAsync(series, date, culture, null, cancellationToken).ConfigureAwait(false);
                break;
            default:
            {
                var members = await sessions.MembersAsync(series, cancellationToken).ConfigureAwait(false);
                var session = await sessions.EnsureRolesAsync(series, date, members, cancellationToken).ConfigureAwait(false);
                if (session is null) return NotNeeded("no-session-row", payload.Date);
                // The round's card: the reminders outbox sends it; the round learns where from the first tap on it.
                card = (await sessions.StartRoundAsync(series, date, series.ConversationId, members, culture, cancellationToken).ConfigureAwait(false)).Card;
                await sessions.Store.UpdateSessionAsync(series.PartitionKey, date, s =>
                {
                    if (s is null || s.StartPostedAt is not null) return null;
                    s.StartPostedAt = reminder.Due;
                    return s;
                }, cancellationToken).ConfigureAwait(false);
                // Rolling: the next session's events now (idempotent if this build is retried).
                await scheduler.ScheduleNextAsync(series, date.ToDateTime(plan.StartTime), cancellationToken).ConfigureAwait(false);
                break;
            }
        }

        return new Activity
        {
            Type = ActivityTypes.Message,
            Conversation = new ConversationAccount { Id = series.ConversationId },
            Attachments = [CardAttachment.Create(card)],
        };
    }

    private Activity? NotNeeded(string reason, string date)
    {
        SchedulingLog.EventNotNeeded(logger, Kind, date, reason);
        return null;
    }
}
