using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Intervisie;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Scheduling.Cards;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Features.Scheduling.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Scheduling.Handlers;

/// <summary>
/// The Teams meeting of a planned series (the bot receives its start and end in the meeting chat through the
/// resource-specific permission <c>OnlineMeeting.ReadBasic.Chat</c>). At the start of the meeting of a planned session: the
/// session's start card (the same as at session time: the rounds' own start card, proposed roles, casus proposals) in the
/// meeting chat. At the end: the summary of the round held in the meeting chat to the team's channel, and privately to the
/// inbrenger "Leg een les vast". Each once per session; a meeting that is no planned session (another meeting, another
/// day) is left alone. See <c>docs/scheduling.md</c>, "Meetings".
/// </summary>
public sealed class MeetingRoutes(
    SessionService sessions,
    IRoundQueries rounds,
    IRoundStarter starter,
    WorkingDayCalendar calendar,
    IConnectorClient connector,
    TimeProvider time,
    ILogger<MeetingRoutes> logger) : IRouteContributor
{
    public void AddRoutes(RouteTableBuilder routes) => routes
        .Event(MeetingEventValue.StartEventName, StartedAsync)
        .Event(MeetingEventValue.EndEventName, EndedAsync);

    private async Task StartedAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await PlannedSessionAsync(turn, "start", cancellationToken).ConfigureAwait(false) is not var (series, date)) return;
        var members = await sessions.MembersAsync(series, cancellationToken).ConfigureAwait(false);
        var session = await sessions.EnsureRolesAsync(series, date, members, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            SchedulingLog.Meeting(logger, "start", "no-session-row");
            return;
        }
        var now = time.GetUtcNow();
        var first = false;
        await sessions.Store.UpdateSessionAsync(series.PartitionKey, date, s =>
        {
            first = false;   // an ETag retry runs this again on the row as it is now
            if (s is null || s.MeetingStartPostedAt is not null) return null;
            s.MeetingStartPostedAt = now;
            s.MeetingChatId = turn.ConversationId;
            first = true;
            return s;
        }, cancellationToken).ConfigureAwait(false);
        if (!first)
        {
            SchedulingLog.Meeting(logger, "start", "already-posted");
            return;
        }
        var start = await sessions.StartRoundAsync(series, date, turn.ConversationId, members, turn.Culture(), cancellationToken).ConfigureAwait(false);
        var posted = await turn.SendCardAsync(start.Card, cancellationToken).ConfigureAwait(false);
        if (start.RoundId is { } roundId && posted.Id is { Length: > 0 } activityId)
        {
            await starter.CardPostedAsync(series.TenantId, turn.ConversationId, roundId, activityId, cancellationToken).ConfigureAwait(false);
        }
        SchedulingLog.Meeting(logger, "start", "start-card-posted");
    }

    private async Task EndedAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await PlannedSessionAsync(turn, "end", cancellationToken).ConfigureAwait(false) is not var (series, date)) return;
        var now = time.GetUtcNow();
        DateTimeOffset? since = null;
        var first = false;
        await sessions.Store.UpdateSessionAsync(series.PartitionKey, date, s =>
        {
            first = false;
            if (s is null || s.MeetingEndHandledAt is not null) return null;
            since = s.MeetingStartPostedAt;
            s.MeetingEndHandledAt = now;
            first = true;
            return s;
        }, cancellationToken).ConfigureAwait(false);
        if (!first)
        {
            SchedulingLog.Meeting(logger, "end", "already-handled");
            return;
        }

        // The round of this meeting: the latest one started in the meeting chat since the meeting began (that day).
        var from = since ?? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), calendar.TimeZone.GetUtcOffset(date.ToDateTime(TimeOnly.MinValue)));
        var tenantId = turn.TenantId ?? "";
        var held = (await rounds.RoundsSinceAsync(tenantId, turn.ConversationId, from, cancellationToken).ConfigureAwait(false)).LastOrDefault();
        var culture = turn.Culture();
        if (held is null)
        {
            SchedulingLog.Meeting(logger, "end", "no-round");
            return;
        }
        if (await rounds.SummaryAsync(tenantId, turn.ConversationId, held.RoundId, culture, cancellationToken).ConfigureAwait(false) is not { } summary)
        {
            await turn.SendCardAsync(NoticeCard.Create(culture, SchedulingStrings.MeetingRoundOpenTitle(culture), SchedulingStrings.MeetingRoundOpenBody(culture)), cancellationToken).ConfigureAwait(false);
            SchedulingLog.Meeting(logger, "end", "round-open");
            return;
        }

        await SendToTeamAsync(series, summary.Card, cancellationToken).ConfigureAwait(false);
        if (summary.InbrengerMri is { Length: > 0 } inbrenger)
        {
            try
            {
                var prompt = MeetingLessonPromptCard.Create(culture, summary.CasusTitle, rounds.LessonSourceKind, summary.LessonSourceId);
                await turn.SendCardToPersonalChatAsync(inbrenger, prompt, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorException e)
            {
                SchedulingLog.UpdateFailed(logger, "meeting-lesson-prompt", e.StatusCode, e.ErrorCode);
            }
        }
        SchedulingLog.Meeting(logger, "end", "summary-sent");
    }

    /// <summary>
    /// The series and date of the planned session this meeting event belongs to, or null (logged) when the event is not
    /// well-formed, not in a meeting chat, names no meeting of an active series, or the plan has no session today.
    /// </summary>
    private async Task<(SeriesEntity Series, DateOnly Date)?> PlannedSessionAsync(TurnContext turn, string @event, CancellationToken cancellationToken)
    {
        string? outcome = null;
        (SeriesEntity, DateOnly)? found = null;
        if (TeamScope.From(turn.Activity) is null) outcome = "not-in-a-meeting-chat";
        else if (MeetingEventValue.From(turn.Activity) is not { } value) outcome = "malformed";
        else if (MeetingJoinUrl.ThreadId(value.JoinUrl) is not { } meeting) outcome = "no-join-url";
        else if (await sessions.Store.FindByMeetingAsync(turn.TenantId ?? "", meeting, cancellationToken).ConfigureAwait(false) is not { } series) outcome = "not-a-planned-series";
        else
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), calendar.TimeZone).DateTime);
            if (sessions.OccurrenceOn(SeriesStore.PlanOf(series), today) is null) outcome = "no-session-today";
            else found = (series, today);
        }
        if (outcome is not null) SchedulingLog.Meeting(logger, @event, outcome);
        return found;
    }

    private async Task SendToTeamAsync(SeriesEntity series, AdaptiveCard card, CancellationToken cancellationToken)
    {
        try
        {
            await connector.SendAsync(series.ServiceUrl, series.ConversationId, new Activity
            {
                Type = ActivityTypes.Message,
                Conversation = new ConversationAccount { Id = series.ConversationId },
                Attachments = [CardAttachment.Create(card)],
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e)
        {
            SchedulingLog.UpdateFailed(logger, "meeting-summary", e.StatusCode, e.ErrorCode);
        }
        catch (UntrustedServiceUrlException)
        {
            SchedulingLog.UpdateFailed(logger, "meeting-summary", 0, "untrusted-service-url");
        }
    }
}
