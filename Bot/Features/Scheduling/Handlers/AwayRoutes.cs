using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Scheduling.Cards;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Features.Scheduling.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Scheduling.Handlers;

/// <summary>
/// <c>afwezig &lt;datum&gt;</c> / <c>away &lt;date&gt;</c> in a team channel: a member says ahead of time that they miss a
/// planned session. The session row (<c>s|yyyyMMdd</c>, created when it does not exist yet) keeps the member in its away
/// list, so the rotation skips them when the roles are proposed. When the roles of that session were already proposed
/// (the announcement went out), it works like the announcement's "Ik ben er niet" button: roles held by the member are
/// proposed again and the announcement is updated in place. The team comes from the activity; the date is checked against
/// the plan (no date, unreadable, past, not a session day → a friendly answer, nothing stored).
/// <c>aanwezig &lt;datum&gt;</c> / <c>present &lt;date&gt;</c> takes such an apology back the same way (after the
/// announcement: exactly the "Ik ben er toch bij" button).
/// </summary>
public sealed class AwayRoutes(
    SeriesService series,
    SessionService sessions,
    SessionEventScheduler events,
    WorkingDayCalendar calendar,
    ILogger<AwayRoutes> logger) : IRouteContributor
{
    public static readonly string[] Phrases = ["afwezig", "ik ben afwezig", "away"];
    public static readonly string[] BackPhrases = ["aanwezig", "toch aanwezig", "present"];

    public void AddRoutes(RouteTableBuilder routes) => routes
        .Commands(Phrases, (t, c) => AnswerAsync(t, back: false, c))
        .Commands(BackPhrases, (t, c) => AnswerAsync(t, back: true, c));

    private async Task AnswerAsync(TurnContext turn, bool back, CancellationToken cancellationToken)
    {
        var card = await DecideAsync(turn, turn.Culture(), back, cancellationToken).ConfigureAwait(false);
        await turn.SendCardAsync(card, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AdaptiveCard> DecideAsync(TurnContext turn, CultureInfo culture, bool back, CancellationToken cancellationToken)
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

        var check = AwayDateRules.Check(SeriesStore.PlanOf(current), calendar, events.LocalNow, turn.CommandArguments);
        if (check.Problem != AwayDateProblem.None) SchedulingLog.Refused(logger, "away", ReasonOf(check.Problem));
        switch (check.Problem)
        {
            case AwayDateProblem.NoMoreSessions: return AwayCards.Simple(culture, SchedulingStrings.AwayNoMoreSessions(culture));
            case AwayDateProblem.NoDate: return AwayCards.Usage(culture, unreadable: false, check.Next[0], check.Next, back);
            case AwayDateProblem.Unreadable: return AwayCards.Usage(culture, unreadable: true, check.Next[0], check.Next, back);
            case AwayDateProblem.Past: return AwayCards.Past(culture, check.Next);
            case AwayDateProblem.NotASession: return AwayCards.NotASession(culture, check.Date!.Value, check.Next);
        }
        var date = check.Date!.Value;

        var members = await sessions.MembersAsync(current, cancellationToken).ConfigureAwait(false);
        var actor = TeamScope.UserKey(turn.Activity.From);
        if (!members.Any(m => m.Key == actor))
        {
            SchedulingLog.Refused(logger, "away", "not-member");
            return AwayCards.Simple(culture, SchedulingStrings.AwayNotMember(culture));
        }

        var history = await sessions.HistoryAsync(current, date, cancellationToken).ConfigureAwait(false);
        var keys = members.Select(m => m.Key).ToList();
        var already = false;
        var announced = false;
        var session = await sessions.Store.UpdateSessionAsync(current.PartitionKey, date, row =>
        {
            row ??= new SessionEntity { Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
            var decision = SessionEngine.MarkAhead(SeriesStore.RolesOf(row), back, actor, keys, history);
            (already, announced) = (decision.Already, decision.RolesReproposed);
            if (decision.Already) return null;   // already away (afwezig) or not away at all (aanwezig): nothing to change
            SeriesStore.Apply(row, decision.Roles);
            return row;
        }, cancellationToken).ConfigureAwait(false);
        if (already) return back ? AwayCards.NotAway(culture, date) : AwayCards.Already(culture, date);

        SchedulingLog.SessionChanged(logger, SeriesKeys.DateKey(date), back ? "back-ahead" : "away-ahead");
        if (announced && session is not null)
        {
            var activityId = await sessions.SentActivityIdAsync(session.AnnounceBucket, session.AnnounceId, cancellationToken).ConfigureAwait(false);
            var shared = sessions.Announcement(current, session, members, BotCulture.FromLocale(current.Locale), null);
            await sessions.UpdateInPlaceAsync(current, activityId, shared, "announcement", cancellationToken).ConfigureAwait(false);
        }
        return back ? AwayCards.Back(culture, date) : AwayCards.Noted(culture, date, rolesReproposed: announced);
    }

    private static string ReasonOf(AwayDateProblem problem) => problem switch
    {
        AwayDateProblem.NoMoreSessions => "no-more-sessions",
        AwayDateProblem.NoDate => "no-date",
        AwayDateProblem.Unreadable => "unreadable-date",
        AwayDateProblem.Past => "past",
        _ => "no-session-that-day",
    };
}
