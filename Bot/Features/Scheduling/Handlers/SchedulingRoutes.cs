using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Scheduling.Calendar;
using IntervisieBot.Features.Scheduling.Cards;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Features.Scheduling.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Localization;
using IntervisieBot.Privacy;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Scheduling.Handlers;

/// <summary>
/// <c>plan intervisie</c>, <c>stop de reeks</c>, <c>reeks status</c> (teamleider only, in the team's channel) and the verbs of
/// the plan, announcement and preparation cards. The team comes from the activity (never from card data); a card's
/// session date is looked up only inside that team's partition and the series must belong to this conversation.
/// </summary>
public sealed class SchedulingRoutes(
    SeriesService series,
    SessionService sessions,
    SessionEventScheduler events,
    IMethodRegistry methods,
    AccessControl access,
    IPersonalDataGuard guard,
    IOptions<WorkingDayCalendarOptions> window,
    ITeamCalendar calendar,
    TimeProvider time,
    ILogger<SchedulingRoutes> logger) : IRouteContributor
{
    public static readonly string[] PlanPhrases = ["plan intervisie", "intervisie plannen", "plan intervision"];
    public static readonly string[] StopPhrases = ["stop de reeks", "reeks stoppen", "stop series"];
    public static readonly string[] StatusPhrases = ["reeks status", "reeksstatus", "series status"];

    public void AddRoutes(RouteTableBuilder routes) => routes
        .Commands(PlanPhrases, (t, c) => CommandAsync(t, ShowPlanAsync, c))
        .Commands(StopPhrases, (t, c) => CommandAsync(t, AskStopAsync, c))
        .Commands(StatusPhrases, (t, c) => CommandAsync(t, StatusAsync, c))
        .CardAction(SchedulingVerbs.Show, (t, a, c) => TeamleiderActionAsync(t, a, ShowPlanAsync, c))
        .CardAction(SchedulingVerbs.Save, (t, a, c) => TeamleiderActionAsync(t, a, (turn, scope, ct) => SaveAsync(turn, scope, a, ct), c))
        .CardAction(SchedulingVerbs.RetryCalendar, (t, a, c) => TeamleiderActionAsync(t, a, RetryCalendarAsync, c))
        .CardAction(SchedulingVerbs.Stop, (t, a, c) => TeamleiderActionAsync(t, a, AskStopAsync, c))
        .CardAction(SchedulingVerbs.StopConfirm, (t, a, c) => TeamleiderActionAsync(t, a, StopAsync, c))
        .CardAction(SchedulingVerbs.Status, (t, a, c) => TeamleiderActionAsync(t, a, StatusAsync, c))
        .CardAction(SchedulingVerbs.Accept, OnSessionAsync)
        .CardAction(SchedulingVerbs.Away, OnSessionAsync)
        .CardAction(SchedulingVerbs.Back, OnSessionAsync)
        .CardAction(SchedulingVerbs.Swap, OnSessionAsync)
        .CardAction(SchedulingVerbs.TakeInbrenger, OnSessionAsync)
        .CardAction(SchedulingVerbs.TakeGespreksleider, OnSessionAsync)
        .CardAction(SchedulingVerbs.Propose, OnProposeAsync);

    private delegate Task<AdaptiveCard> TeamleiderHandler(TurnContext turn, TeamScope scope, CancellationToken cancellationToken);

    private async Task CommandAsync(TurnContext turn, TeamleiderHandler handler, CancellationToken cancellationToken)
    {
        var (scope, refusal) = await AuthorizeAsync(turn, "command", cancellationToken).ConfigureAwait(false);
        var card = refusal ?? await handler(turn, scope!, cancellationToken).ConfigureAwait(false);
        await turn.SendCardAsync(card, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> TeamleiderActionAsync(TurnContext turn, CardActionRequest action, TeamleiderHandler handler, CancellationToken cancellationToken)
    {
        var (scope, refusal) = await AuthorizeAsync(turn, action.Verb, cancellationToken).ConfigureAwait(false);
        return CardActionResult.ReplaceCard(refusal ?? await handler(turn, scope!, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>In a team (channel or group chat) and a teamleider of it; otherwise the friendly refusal card.</summary>
    private async Task<(TeamScope? Scope, AdaptiveCard? Refusal)> AuthorizeAsync(TurnContext turn, string what, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (TeamScope.From(turn.Activity) is not { } scope)
        {
            SchedulingLog.Refused(logger, what, "personal-chat");
            return (null, NoticeCard.Create(culture, SchedulingStrings.PersonalChatTitle(culture), SchedulingStrings.PersonalChatBody(culture)));
        }
        if (!await access.ActorHasAsync(turn, TeamRole.Teamleider, cancellationToken).ConfigureAwait(false))
        {
            SchedulingLog.Refused(logger, what, "not-teamleider");
            return (null, NoticeCard.Create(culture, SchedulingStrings.OnlyTeamleiderTitle(culture), SchedulingStrings.OnlyTeamleiderBody(culture), TextColor.Attention));
        }
        return (scope, null);
    }

    private async Task<AdaptiveCard> ShowPlanAsync(TurnContext turn, TeamScope scope, CancellationToken cancellationToken)
    {
        var current = await series.GetActiveAsync(scope.PartitionKey, cancellationToken).ConfigureAwait(false);
        return PlanCard.Create(turn.Culture(), methods.All, events.Today, current is null ? null : SeriesStore.PlanOf(current), version: current?.Version,
            earliest: window.Value.WindowStart, latest: window.Value.WindowEnd);
    }

    private async Task<AdaptiveCard> SaveAsync(TurnContext turn, TeamScope scope, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        // A field the data does not carry keeps the current plan's value (a new series: missing, which validation refuses).
        var current = await series.GetActiveAsync(scope.PartitionKey, cancellationToken).ConfigureAwait(false);
        var kept = current is null ? null : PlanCard.Input(SeriesStore.PlanOf(current));
        string? Field(string id, string? keptValue) => FormFields.Read(action.Data, id) ?? keptValue;
        var input = new SeriesPlanInput(
            Field(PlanField.Cadence, kept?.Cadence),
            Field(PlanField.Weekday, kept?.Weekday),
            Field(PlanField.StartTime, kept?.StartTime),
            Field(PlanField.Duration, kept?.Duration),
            Field(PlanField.Method, kept?.MethodId),
            Field(PlanField.FirstDate, kept?.FirstDate),
            Field(PlanField.EndDate, kept?.EndDate),
            Field(PlanField.Holidays, kept?.Holidays));
        var validation = SeriesPlanValidator.Validate(input, events.Today, window.Value.WindowStart, window.Value.WindowEnd, id => methods.Find(id) is not null);
        if (!validation.IsValid)
        {
            SchedulingLog.Refused(logger, SchedulingVerbs.Save, "invalid-input:" + string.Join(',', validation.Errors.Select(e => e.Error)));
            return PlanCard.Create(culture, methods.All, events.Today, current is null ? null : SeriesStore.PlanOf(current), input, validation.Errors, current?.Version,
                window.Value.WindowStart, window.Value.WindowEnd);
        }

        var from = turn.Activity.From!;
        var request = new PlanRequest(
            scope.PartitionKey,
            scope.TenantId,
            scope.TeamKey,
            TeamScope.ThreadRoot(turn.ConversationId),
            turn.ServiceUrl,
            culture.Name,
            TeamScope.UserKey(from),
            from.Id ?? "",
            from.AadObjectId,
            await TeamGroupIdAsync(turn, cancellationToken).ConfigureAwait(false));
        var outcome = await series.SaveAsync(request, validation.Plan!, cancellationToken).ConfigureAwait(false);
        return Saved(culture, outcome);
    }

    /// <summary>
    /// The team's Microsoft 365 group: Teams sends it with install and team events but not with channel messages or card
    /// actions, so it is read from the connector (<c>GET /v3/teams/{id}</c>) when the calendar needs it. Null in a group chat.
    /// </summary>
    private async Task<string?> TeamGroupIdAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.TeamAadGroupId is { Length: > 0 } sent) return sent;
        if (!calendar.IsConfigured || turn.Activity.TeamId is not { Length: > 0 } teamId) return null;
        try
        {
            var details = await turn.Connector.GetTeamDetailsAsync(turn.ServiceUrl, teamId, cancellationToken).ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(details.AadGroupId) ? null : details.AadGroupId;
        }
        catch (ConnectorException e)
        {
            SchedulingLog.TeamDetailsFailed(logger, e.StatusCode, e.ErrorCode);
            return null;
        }
    }

    private async Task<AdaptiveCard> RetryCalendarAsync(TurnContext turn, TeamScope scope, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (await series.GetActiveAsync(scope.PartitionKey, cancellationToken).ConfigureAwait(false) is null) return NoSeries(culture);
        var outcome = await series.SyncCalendarAsync(scope.PartitionKey, turn.Activity.From?.AadObjectId, cancellationToken).ConfigureAwait(false);
        return Saved(culture, outcome with { Updated = true });
    }

    private AdaptiveCard Saved(CultureInfo culture, PlanOutcome outcome)
    {
        var plan = SeriesStore.PlanOf(outcome.Series);
        Uri? join = Uri.TryCreate(outcome.Series.JoinUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps ? url : null;
        var card = PlanSavedCard.Create(culture, plan, sessions.MethodName(plan.MethodId, culture), series.Upcoming(plan, PlanSavedCard.SessionsShown),
            outcome.Updated, outcome.CalendarNotice, outcome.OfferRetry, join);
        if (methods.Find(plan.MethodId) is not { } method || method.TypicalDurationMinutes <= plan.DurationMinutes) return card;

        // A session shorter than the method usually takes: the teamleider hears it now, not the group halfway through.
        var warning = new TextBlock
        {
            Text = SchedulingStrings.ShorterThanMethod(culture, method.Name.For(culture), method.TypicalDurationMinutes, plan.DurationMinutes),
            Wrap = true,
            Color = TextColor.Warning,
        };
        return card with { Body = [card.Body[0], warning, .. card.Body.Skip(1)] };
    }

    private async Task<AdaptiveCard> AskStopAsync(TurnContext turn, TeamScope scope, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var current = await series.GetActiveAsync(scope.PartitionKey, cancellationToken).ConfigureAwait(false);
        return current is null ? NoSeries(culture) : StopCards.Confirm(culture, current.CalendarEventId is not null);
    }

    private async Task<AdaptiveCard> StopAsync(TurnContext turn, TeamScope scope, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var (stopped, notice) = await series.StopAsync(scope.PartitionKey, cancellationToken).ConfigureAwait(false);
        return stopped ? StopCards.Stopped(culture, notice) : NoSeries(culture);
    }

    private async Task<AdaptiveCard> StatusAsync(TurnContext turn, TeamScope scope, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var current = await series.GetActiveAsync(scope.PartitionKey, cancellationToken).ConfigureAwait(false);
        if (current is null) return NoSeries(culture);
        return HealthCard.Create(culture, SeriesStore.PlanOf(current), await series.HealthAsync(current, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The announcement card's buttons: any member of the team, for the session named in the card (looked up in this team only).</summary>
    private async Task<CardActionResult> OnSessionAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var (current, date, refusal) = await FindSessionAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (refusal is not null) return refusal;
        var members = await sessions.MembersAsync(current!, cancellationToken).ConfigureAwait(false);
        var actor = TeamScope.UserKey(turn.Activity.From);
        if (!members.Any(m => m.Key == actor)) return Notice(culture, SchedulingStrings.NoticeNotMember(culture));

        if (ActionOf(action.Verb) is not { } sessionAction) return Stale(culture);
        var history = sessionAction is SessionAction.Away or SessionAction.Back
            ? await sessions.HistoryAsync(current!, date, cancellationToken).ConfigureAwait(false)
            : null;
        var keys = members.Select(m => m.Key).ToList();
        SessionDecision? decision = null;
        var session = await sessions.Store.UpdateSessionAsync(current!.PartitionKey, date, s =>
        {
            decision = null;   // an ETag retry decides again on the row as it is now
            if (s is null) return null;
            decision = SessionEngine.Decide(SeriesStore.RolesOf(s), sessionAction, actor, keys, history);
            if (!decision.Changed) return null;
            SeriesStore.Apply(s, decision.Roles);
            return s;
        }, cancellationToken).ConfigureAwait(false);
        if (session is null || decision is null) return Stale(culture);
        var changed = decision.Changed;
        var notice = SchedulingStrings.Notice(decision.Notice, culture);
        if (changed) SchedulingLog.SessionChanged(logger, SeriesKeys.DateKey(date), action.Verb);

        var seriesCulture = BotCulture.FromLocale(current.Locale);
        if (!action.ViaInvoke) return CardActionResult.ReplaceCard(sessions.Announcement(current, session, members, seriesCulture, null));
        if (changed)
        {
            var activityId = turn.Activity.ReplyToId
                ?? await sessions.SentActivityIdAsync(session.AnnounceBucket, session.AnnounceId, cancellationToken).ConfigureAwait(false);
            await sessions.UpdateInPlaceAsync(current, activityId, sessions.Announcement(current, session, members, seriesCulture, null), "announcement", cancellationToken).ConfigureAwait(false);
        }
        return CardActionResult.ReplaceCard(sessions.Announcement(current, session, members, culture, notice));
    }

    /// <summary>The announcement's verbs as the domain's actions (null: a verb this card never had).</summary>
    internal static SessionAction? ActionOf(string verb) => verb switch
    {
        SchedulingVerbs.Accept => SessionAction.Accept,
        SchedulingVerbs.Away => SessionAction.Away,
        SchedulingVerbs.Back => SessionAction.Back,
        SchedulingVerbs.Swap => SessionAction.Swap,
        SchedulingVerbs.TakeInbrenger => SessionAction.TakeInbrenger,
        SchedulingVerbs.TakeGespreksleider => SessionAction.TakeGespreksleider,
        _ => null,
    };

    private async Task<CardActionResult> OnProposeAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var (current, date, refusal) = await FindSessionAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (refusal is not null) return refusal;
        var text = action.GetString(SchedulingVerbs.ProposalInput)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return CardActionResult.ReplaceCard(await sessions.PreparationAsync(current!, date, culture, SchedulingStrings.NoticeProposalEmpty(culture), cancellationToken).ConfigureAwait(false));
        }
        if (text.Length > SchedulingVerbs.ProposalMaxLength) text = text[..SchedulingVerbs.ProposalMaxLength].TrimEnd();
        var check = guard.Check(text);
        if (!check.IsClean)
        {
            SchedulingLog.PrivacyStopped(logger);
            return CardActionResult.ReplaceCard(PrivacyCard.Create(culture, check, SchedulingVerbs.ProposalInput, SchedulingStrings.ProposalLabel(culture),
                text, SchedulingVerbs.Propose, new Dictionary<string, object> { [SchedulingVerbs.DateData] = SeriesKeys.DateKey(date) }));
        }

        await sessions.Store.UpsertProposalAsync(current!.PartitionKey, date, TeamScope.UserKey(turn.Activity.From), text, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var seriesCulture = BotCulture.FromLocale(current.Locale);
        var shared = await sessions.PreparationAsync(current, date, seriesCulture, null, cancellationToken).ConfigureAwait(false);
        if (!action.ViaInvoke) return CardActionResult.ReplaceCard(shared);
        var session = await sessions.Store.GetSessionAsync(current.PartitionKey, date, cancellationToken).ConfigureAwait(false);
        // The privacy card replaced the preparation card for this user only: the shared card is the reminder's message.
        var activityId = await sessions.SentActivityIdAsync(session?.PrepareBucket, session?.PrepareId, cancellationToken).ConfigureAwait(false) ?? turn.Activity.ReplyToId;
        await sessions.UpdateInPlaceAsync(current, activityId, shared, "preparation", cancellationToken).ConfigureAwait(false);
        return CardActionResult.ReplaceCard(await sessions.PreparationAsync(current, date, culture, SchedulingStrings.NoticeProposed(culture), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The active series of this activity's team and the session named in the card, or a refusal (nothing changes).</summary>
    private async Task<(SeriesEntity? Series, DateOnly Date, CardActionResult? Refusal)> FindSessionAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (TeamScope.From(turn.Activity) is not { } scope) return (null, default, Stale(culture));
        if (!SeriesKeys.TryParseDateKey(action.GetString(SchedulingVerbs.DateData), out var date)) return (null, default, Stale(culture));
        var current = await series.GetActiveAsync(scope.PartitionKey, cancellationToken).ConfigureAwait(false);
        if (current is null || !AccessControl.IsSameConversation(turn, current.TenantId, current.ConversationId))
        {
            SchedulingLog.Refused(logger, action.Verb, "no-series-here");
            return (null, default, Stale(culture));
        }
        if (await sessions.Store.GetSessionAsync(current.PartitionKey, date, cancellationToken).ConfigureAwait(false) is null)
        {
            SchedulingLog.Refused(logger, action.Verb, "no-session");
            return (null, default, Stale(culture));
        }
        if (SeriesOccurrences.IsOver(SeriesStore.PlanOf(current), date, events.LocalNow))
        {
            return (null, default, Notice(culture, SchedulingStrings.SessionOver(culture)));
        }
        return (current, date, null);
    }

    private static CardActionResult Stale(CultureInfo culture) =>
        CardActionResult.ReplaceCard(NoticeCard.Create(culture, SchedulingStrings.StaleTitle(culture), SchedulingStrings.StaleBody(culture), TextColor.Attention));

    private static CardActionResult Notice(CultureInfo culture, string text) =>
        CardActionResult.ReplaceCard(NoticeCard.Create(culture, SchedulingStrings.CalendarSubject(culture), text, TextColor.Attention));

    private static AdaptiveCard NoSeries(CultureInfo culture) =>
        NoticeCard.Create(culture, SchedulingStrings.NoSeriesTitle(culture), SchedulingStrings.NoSeriesBody(culture));
}
