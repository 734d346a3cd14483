using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie;
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
using IntervisieBot.Protocol.Connector;

namespace IntervisieBot.Features.Scheduling.Handlers;

/// <summary>
/// The planned sessions' data and cards: proposing roles (fair rotation over earlier sessions and rounds, away members
/// skipped), the announcement, preparation and start cards built from current data, and updating a sent card in place.
/// Used by the reminder kinds (background) and the card actions (turns) alike.
/// </summary>
public sealed class SessionService(
    SeriesStore store,
    IRoundQueries rounds,
    IRoundStarter starter,
    IMethodRegistry methods,
    TeamRoster roster,
    IConnectorClient connector,
    ReminderScheduler reminders,
    WorkingDayCalendar calendar,
    ILogger<SessionService> logger)
{
    public SeriesStore Store => store;

    public string MethodName(string methodId, CultureInfo culture) => methods.Find(methodId)?.Name.For(culture) ?? methodId;

    /// <summary>The occurrence held on <paramref name="date"/>, or null when the plan holds no session that day.</summary>
    public SessionOccurrence? OccurrenceOn(SeriesPlan plan, DateOnly date) => SeriesOccurrences.On(plan, calendar, date);

    /// <summary>The team's members (the roster), from the stored, authenticated serviceUrl.</summary>
    public async Task<IReadOnlyList<SessionMember>> MembersAsync(SeriesEntity series, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var accounts = await roster.GetMembersAsync(series.ServiceUrl, new TeamScope(series.TenantId, series.TeamKey, series.TeamKey), cancellationToken).ConfigureAwait(false);
        return
        [
            .. accounts
                .Select(a => new SessionMember(TeamScope.UserKey(a), a.Name ?? "", a.Id))
                .Where(m => m.Key.Length > 0)
                .DistinctBy(m => m.Key, StringComparer.Ordinal),
        ];
    }

    /// <summary>Proposes roles for the session when one is open; returns the session as stored.</summary>
    public async Task<SessionEntity?> EnsureRolesAsync(SeriesEntity series, DateOnly date, IReadOnlyList<SessionMember> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var session = await store.GetSessionAsync(series.PartitionKey, date, cancellationToken).ConfigureAwait(false);
        if (session is null) return null;
        var keys = members.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        if (session.InbrengerKey is { } i && keys.Contains(i) && session.GespreksleiderKey is { } g && keys.Contains(g)) return session;
        var history = await HistoryAsync(series, date, cancellationToken).ConfigureAwait(false);
        return await store.UpdateSessionAsync(series.PartitionKey, date, current =>
        {
            if (current is null) return null;
            var (roles, changed) = SessionEngine.Repropose(SeriesStore.RolesOf(current), [.. members.Select(m => m.Key)], history);
            if (!changed) return null;
            SeriesStore.Apply(current, roles);
            return current;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Who held which role before <paramref name="date"/>: earlier planned sessions plus rounds the team actually ran.</summary>
    public async Task<RotationContext> HistoryAsync(SeriesEntity series, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var sessions = (await store.ListSessionsAsync(series.PartitionKey, cancellationToken).ConfigureAwait(false))
            .Where(s => SeriesStore.SessionDate(s) < date && s.InbrengerKey is not null && s.GespreksleiderKey is not null)
            .OrderBy(SeriesStore.SessionDate)
            .ToList();
        var entries = sessions
            .Select(s => new RotationHistoryEntry(s.InbrengerKey!, s.GespreksleiderKey!, new DateTimeOffset(SeriesStore.SessionDate(s).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)))
            .ToList();
        var sessionDays = sessions.Select(SeriesStore.SessionDate).ToHashSet();
        foreach (var round in await rounds.RotationAsync(series.PartitionKey, cancellationToken).ConfigureAwait(false))
        {
            // A round held on a planned session's day is that session: counted once.
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(round.At, calendar.TimeZone).DateTime);
            if (!sessionDays.Contains(day)) entries.Add(round);
        }
        var previous = sessions.Count == 0 ? [] : new[] { sessions[^1].InbrengerKey!, sessions[^1].GespreksleiderKey! };
        return new RotationContext(entries, previous);
    }

    public AdaptiveCard Announcement(SeriesEntity series, SessionEntity session, IReadOnlyList<SessionMember> members, CultureInfo culture, string? notice)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(session);
        var plan = SeriesStore.PlanOf(series);
        var date = SeriesStore.SessionDate(session);
        var occurrence = OccurrenceOn(plan, date) ?? new SessionOccurrence(session.Number, date, date, null);
        string? Name(string? key)
        {
            if (key is null) return null;
            var name = members.FirstOrDefault(m => m.Key == key)?.Name;
            return string.IsNullOrWhiteSpace(name) ? SchedulingStrings.UnknownPerson(culture) : name;
        }

        var model = new SessionCardModel(plan, occurrence, MethodName(plan.MethodId, culture),
            Name(session.InbrengerKey), session.InbrengerAccepted, Name(session.GespreksleiderKey), session.GespreksleiderAccepted,
            SeriesStore.Away(session).Count);
        return AnnouncementCard.Create(culture, model, notice);
    }

    public async Task<AdaptiveCard> PreparationAsync(SeriesEntity series, DateOnly date, CultureInfo culture, string? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var proposals = await store.ListProposalsAsync(series.PartitionKey, date, cancellationToken).ConfigureAwait(false);
        return PreparationCard.Create(culture, SeriesStore.PlanOf(series), date, [.. proposals.Select(p => p.Title)], notice);
    }

    /// <summary>
    /// The session's round, opened for taking part through the rounds feature's own start path (<see cref="IRoundStarter"/>:
    /// nobody enrolled until they choose "Ik doe mee", roles proposed among those who joined, a new group's agreement asked),
    /// with the planned method preselected; its card carries the session line and the team's casus proposals on top. One
    /// round per session and conversation: a retried delivery gets the same round's card.
    /// </summary>
    public async Task<RoundStartResult> StartRoundAsync(SeriesEntity series, DateOnly date, string conversationId, IReadOnlyList<SessionMember> members, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(members);
        var plan = SeriesStore.PlanOf(series);
        var proposals = await store.ListProposalsAsync(series.PartitionKey, date, cancellationToken).ConfigureAwait(false);
        var opening = $"sched|{series.PartitionKey}|{SeriesKeys.DateKey(date)}|{series.Version}|{conversationId}";
        var result = await starter.OpenAsync(new RoundStartRequest(series.TenantId, conversationId, series.PartitionKey, series.ServiceUrl, culture.Name,
            series.OrganizerKey, [.. members.Select(m => (m.Key, m.Name, m.TeamsId))], opening, plan.MethodId), cancellationToken).ConfigureAwait(false);
        return result with { Card = SeriesStartCard.Create(culture, result.Card, SchedulingText.When(date, plan, culture), [.. proposals.Select(p => p.Title)]) };
    }

    /// <summary>Updates a card the bot sent earlier in the series' channel (best effort: a failure is logged, never thrown).</summary>
    public async Task UpdateInPlaceAsync(SeriesEntity series, string? activityId, AdaptiveCard card, string cardName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (string.IsNullOrEmpty(activityId)) return;
        try
        {
            await connector.UpdateAsync(series.ServiceUrl, series.ConversationId, activityId, new Protocol.Schema.Activity
            {
                Type = Protocol.Schema.ActivityTypes.Message,
                Id = activityId,
                Conversation = new Protocol.Schema.ConversationAccount { Id = series.ConversationId },
                Attachments = [CardAttachment.Create(card)],
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex)
        {
            SchedulingLog.UpdateFailed(logger, cardName, ex.StatusCode, ex.ErrorCode);
        }
        catch (UntrustedServiceUrlException)
        {
            SchedulingLog.UpdateFailed(logger, cardName, 0, "untrusted-service-url");
        }
    }

    /// <summary>The activity id of a sent session card: the one clicked (replyToId) or, failing that, the reminder's sent activity.</summary>
    public async Task<string?> SentActivityIdAsync(string? bucket, string? id, CancellationToken cancellationToken)
    {
        if (bucket is null || id is null) return null;
        return (await reminders.GetAsync(bucket, id, cancellationToken).ConfigureAwait(false))?.SentActivityId;
    }
}
