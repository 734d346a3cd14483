using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Reminders;
using IntervisieBot.Features.Teams;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Scheduling;

/// <summary>
/// <c>afwezig &lt;datum&gt;</c> / <c>away &lt;date&gt;</c> in a team channel: a member says ahead of time that they miss a
/// planned session. The session row (<c>s|yyyyMMdd</c>, created when it does not exist yet) keeps the member in its away
/// list, so the rotation skips them when the roles are proposed. When the roles of that session were already proposed
/// (the announcement went out), it works like the announcement's "Ik ben er niet" button: roles held by the member are
/// proposed again and the announcement is updated in place. The team comes from the activity; the date is checked against
/// the plan (no date, unreadable, past, not a session day → a friendly answer, nothing stored).
/// </summary>
public sealed class AwayRoutes(
    SeriesService series,
    SessionService sessions,
    SessionEventScheduler events,
    WorkingDayCalendar calendar,
    ILogger<AwayRoutes> logger) : IRouteContributor
{
    public static readonly string[] Phrases = ["afwezig", "ik ben afwezig", "away"];

    private const int SessionsListed = 3;

    public void AddRoutes(RouteTableBuilder routes) => routes.Commands(Phrases, AwayAsync);

    private async Task AwayAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var card = await DecideAsync(turn, turn.Culture(), cancellationToken).ConfigureAwait(false);
        await turn.SendCardAsync(card, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AdaptiveCard> DecideAsync(TurnContext turn, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (TeamScope.From(turn.Activity) is not { } scope)
        {
            SchedulingLog.Refused(logger, "away", "personal-chat");
            return AwayCards.Simple(culture, SchedulingStrings.AwayPersonalChat(culture));
        }
        var current = await series.GetActiveAsync(scope.PartitionKey, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            SchedulingLog.Refused(logger, "away", "no-series");
            return AwayCards.Simple(culture, SchedulingStrings.NoSeriesBody(culture));
        }

        var plan = SeriesStore.PlanOf(current);
        var next = SeriesOccurrences.NextHeld(plan, calendar, events.LocalNow, SessionsListed).Select(o => o.Date!.Value).ToList();
        if (next.Count == 0)
        {
            SchedulingLog.Refused(logger, "away", "no-more-sessions");
            return AwayCards.Simple(culture, SchedulingStrings.AwayNoMoreSessions(culture));
        }
        var arguments = turn.CommandArguments.Trim();
        if (arguments.Length == 0) return AwayCards.Usage(culture, unreadable: false, next[0], next);
        if (AwayDateParser.Parse(arguments, events.Today) is not { } date)
        {
            SchedulingLog.Refused(logger, "away", "unreadable-date");
            return AwayCards.Usage(culture, unreadable: true, next[0], next);
        }
        if (date.ToDateTime(plan.StartTime) <= events.LocalNow)
        {
            SchedulingLog.Refused(logger, "away", "past");
            return AwayCards.Past(culture, next);
        }
        if (sessions.OccurrenceOn(plan, date) is null)
        {
            SchedulingLog.Refused(logger, "away", "no-session-that-day");
            return AwayCards.NotASession(culture, date, next);
        }

        var members = await sessions.MembersAsync(current, cancellationToken).ConfigureAwait(false);
        var actor = TeamScope.UserKey(turn.Activity.From);
        if (!members.Any(m => m.Key == actor))
        {
            SchedulingLog.Refused(logger, "away", "not-member");
            return AwayCards.Simple(culture, SchedulingStrings.AwayNotMember(culture));
        }

        var history = await sessions.HistoryAsync(current, date, cancellationToken).ConfigureAwait(false);
        var already = false;
        var reproposed = false;
        var session = await sessions.Store.UpdateSessionAsync(current.PartitionKey, date, row =>
        {
            (already, reproposed) = (false, false);
            row ??= new SessionEntity { Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
            if (SeriesStore.Away(row).Contains(actor))
            {
                already = true;
                return null;
            }
            if (row.InbrengerKey is not null || row.GespreksleiderKey is not null)
            {
                // The roles are out already: exactly what the announcement's "Ik ben er niet" does.
                SchedulingRoutes.Apply(row, SchedulingVerbs.Away, actor, members, history, culture);
                reproposed = true;
            }
            else
            {
                row.AwayJson = SeriesStore.AwayJson([.. SeriesStore.Away(row), actor]);
            }
            return row;
        }, cancellationToken).ConfigureAwait(false);
        if (already) return AwayCards.Already(culture, date);

        SchedulingLog.SessionChanged(logger, SeriesKeys.DateKey(date), "away-ahead");
        if (reproposed && session is not null)
        {
            var activityId = await sessions.SentActivityIdAsync(session.AnnounceBucket, session.AnnounceId, cancellationToken).ConfigureAwait(false);
            var shared = sessions.Announcement(current, session, members, BotCulture.FromLocale(current.Locale), null);
            await sessions.UpdateInPlaceAsync(current, activityId, shared, "announcement", cancellationToken).ConfigureAwait(false);
        }
        return AwayCards.Noted(culture, date, reproposed);
    }
}
