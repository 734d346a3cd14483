using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Features.Intervisie.Handlers;

/// <summary>
/// Runs round commands against storage and Teams: load, decide, store (contributions as their own rows, the round with its
/// ETag: on a 412 reload and decide again), then the consequences (rotation, due times, reminder, summary, active marker);
/// the one round card is updated in place after the turn. Used by the turn handlers and the round's timed work alike.
/// </summary>
public sealed class RoundService(
    RoundRepository repository,
    RoundEngine engine,
    IMethodRegistry methods,
    IConnectorClient connector,
    IRoundLookBackSource lookBack,
    RoundCardUpdates cardUpdates,
    ReminderScheduler reminders,
    TimeProvider time,
    ILogger<RoundService> logger,
    TijdbewakerNudges tijdbewaker)
{
    private const int MaxAttempts = 10;

    public RoundRepository Repository => repository;

    /// <summary>
    /// Decides and stores one command and runs its consequences; the shared round card is updated after the turn
    /// (<see cref="RequestCardUpdate"/>). The outcome carries the round as this command just wrote it, to answer from.
    /// </summary>
    public Task<RoundOutcome> ApplyAsync(string partition, string roundId, Func<RoundState, IntervisieCommand> command, CancellationToken cancellationToken) =>
        ApplyAsync(partition, roundId, null, command, cancellationToken);

    /// <summary>
    /// <see cref="ApplyAsync(string, string, Func{RoundState, IntervisieCommand}, CancellationToken)"/> for a round this
    /// action already loaded: its first decision uses <paramref name="loaded"/> (its ETag guards the write), so the round is
    /// not read again; a conflict reloads it.
    /// </summary>
    public Task<RoundOutcome> ApplyAsync(StoredRound loaded, Func<RoundState, IntervisieCommand> command, CancellationToken cancellationToken) =>
        ApplyAsync(loaded.Partition, loaded.RoundId, loaded, command, cancellationToken);

    private async Task<RoundOutcome> ApplyAsync(string partition, string roundId, StoredRound? loaded, Func<RoundState, IntervisieCommand> command, CancellationToken cancellationToken)
    {
        var outcome = await ExecuteAsync(partition, roundId, loaded, command, cancellationToken).ConfigureAwait(false);
        if (outcome.Kind != RoundOutcomeKind.Changed) return outcome;
        await AfterChangeAsync(outcome, cancellationToken).ConfigureAwait(false);

        if (outcome.Events.OfType<ContributionRecorded>().FirstOrDefault() is { } recorded && outcome.Round!.State.Mode == RoundMode.Spread)
        {
            // A contribution row leaves the round row (and its ETag) as loaded: the check decides on the state just written.
            var check = await ExecuteAsync(partition, roundId, outcome.Round, _ => new CheckPhaseComplete(roundId, recorded.Contribution.PhaseIndex), cancellationToken).ConfigureAwait(false);
            if (check.Kind == RoundOutcomeKind.Changed)
            {
                await AfterChangeAsync(check, cancellationToken).ConfigureAwait(false);
                outcome = outcome with { Round = check.Round };
            }
        }

        RequestCardUpdate(outcome.Round!);
        return outcome;
    }

    /// <summary>Load → decide → store, retried on conflicts. No consequences, no card.</summary>
    public Task<RoundOutcome> ExecuteAsync(string partition, string roundId, Func<RoundState, IntervisieCommand> command, CancellationToken cancellationToken) =>
        ExecuteAsync(partition, roundId, null, command, cancellationToken);

    /// <summary>Decides first on <paramref name="loaded"/> when given (the round as this action read it), loading only after a conflict.</summary>
    private async Task<RoundOutcome> ExecuteAsync(string partition, string roundId, StoredRound? loaded, Func<RoundState, IntervisieCommand> command, CancellationToken cancellationToken)
    {
        StoredRound? stored = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            stored = attempt == 1 && loaded is not null ? loaded : await repository.LoadAsync(partition, roundId, cancellationToken).ConfigureAwait(false);
            if (stored is null) return RoundOutcome.NotFound;
            var next = command(stored.State);
            if (next is Contribute contribute && IsRepeat(stored.State, contribute)) return RoundOutcome.Unchanged(stored);

            var result = engine.Decide(stored.State, next);
            if (result is RoundRefused refused)
            {
                RoundLog.Refused(logger, roundId, next.GetType().Name, refused.Reason.ToString());
                return RoundOutcome.Refused(stored, refused.Reason);
            }

            var accepted = (RoundAccepted)result;
            if (!accepted.Changed) return RoundOutcome.Unchanged(stored);

            if (next is Contribute or AnswerQuestion or ProposeCasus)
            {
                // Only the row: a spread phase that is now complete is completed by CheckPhaseComplete on the round's own ETag.
                // An answer or a proposal has one slot per question or member: writing it again replaces it.
                var recorded = accepted.Events.OfType<ContributionRecorded>().Single();
                var phase = methods.Find(stored.State.MethodId)!.For(stored.State.Mode).Phases[recorded.Contribution.PhaseIndex];
                var replace = !recorded.Contribution.IsPhaseContribution || phase.Collects.ReplacesOnResubmit;
                if (await repository.TryWriteContributionAsync(partition, roundId, recorded.Contribution, replace, cancellationToken).ConfigureAwait(false))
                {
                    return RoundOutcome.Changed(stored with { State = RoundEvolver.Apply(stored.State, recorded) }, [recorded]);
                }
            }
            else if (await repository.TryReplaceAsync(stored, accepted.State, cancellationToken).ConfigureAwait(false) is { } saved)
            {
                return RoundOutcome.Changed(saved, accepted.Events);
            }

            RoundLog.Conflict(logger, roundId, attempt);
        }

        RoundLog.GaveUp(logger, roundId, MaxAttempts);
        return RoundOutcome.Busy(stored);
    }

    /// <summary>
    /// Updates the round card in place for everyone, after the turn: coalesced per card and paced (<see cref="RoundCardUpdates"/>).
    /// Each update shows the round as stored when it goes out, so it carries every contribution stored before it.
    /// </summary>
    public void RequestCardUpdate(StoredRound round) =>
        cardUpdates.Request(round.RoundId, round.TenantId, round.ConversationId, ct => PublishAsync(round.Partition, round.RoundId, ct));

    private async Task PublishAsync(string partition, string roundId, CancellationToken cancellationToken)
    {
        var stored = await repository.LoadAsync(partition, roundId, cancellationToken).ConfigureAwait(false);
        if (stored?.CardActivityId is not { } activityId) return;
        var card = await BuildCardAsync(stored, RoundViewer.Everyone, BotCulture.FromLocale(stored.Locale), null, cancellationToken).ConfigureAwait(false);
        await TryConnectorAsync(stored, "update the round card", () =>
            connector.UpdateAsync(stored.ServiceUrl, stored.ConversationId, activityId, CardActivity(stored, card) with { Id = activityId }, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>The team's lessons to look back on, when the round's card shows them (awaiting the casus, or in its first phase); else null.</summary>
    public async Task<IReadOnlyList<RoundLookBackItem>?> LookBackAsync(StoredRound stored, CancellationToken cancellationToken) =>
        WantsLookBack(stored.State) ? await lookBack.GetDueLessonsAsync(stored.TenantId, stored.TeamPartition, cancellationToken).ConfigureAwait(false) : null;

    private static bool WantsLookBack(RoundState state) =>
        state.Status == RoundStatus.AwaitingCasus || (state.Status == RoundStatus.Running && state.PhaseIndex == 0);

    /// <summary>
    /// The round card for one viewer (or <see cref="RoundViewer.Everyone"/>), with an optional notice on top.
    /// <paramref name="lookBackItems"/>: the team's look-back as this action already read it (<see cref="LookBackAsync"/>), so it is not read twice.
    /// </summary>
    public async Task<AdaptiveCard> BuildCardAsync(StoredRound stored, RoundViewer viewer, System.Globalization.CultureInfo culture, string? notice, CancellationToken cancellationToken,
        IReadOnlyList<RoundLookBackItem>? lookBackItems = null)
    {
        var state = stored.State;
        var method = state.Status == RoundStatus.Gathering
            ? methods.All[0]
            : methods.Find(state.MethodId)?.For(state.Mode) ?? throw new InvalidOperationException("The round's method is no longer available.");
        var items = WantsLookBack(state)
            ? lookBackItems ?? await lookBack.GetDueLessonsAsync(stored.TenantId, stored.TeamPartition, cancellationToken).ConfigureAwait(false)
            : [];
        var refresh = state.Status == RoundStatus.Closed
            ? []
            : state.Participants.Select(p => stored.MemberMris.GetValueOrDefault(p.Id)).OfType<string>().Take(CardRefresh.MaxUserIds).ToList();
        var card = RoundCard.Create(culture, new RoundCardModel(state, method, items, refresh) { Methods = methods.All, Now = time.GetUtcNow() }, viewer);
        return notice is null ? card : card with { Body = [NoticeBlock(notice), .. card.Body] };
    }

    public static TextBlock NoticeBlock(string notice) => new() { Text = notice, Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder };

    private async Task AfterChangeAsync(RoundOutcome outcome, CancellationToken cancellationToken)
    {
        var stored = outcome.Round!;
        var state = stored.State;
        foreach (var @event in outcome.Events)
        {
            switch (@event)
            {
                case CasusSubmitted submitted:
                    await repository.AddRotationAsync(stored.TeamPartition, stored.RoundId, state.InbrengerId, state.GespreksleiderId, submitted.At, cancellationToken).ConfigureAwait(false);
                    break;
                case CasusChosen chosen:
                    // Same moment as the casus it replaces (if any): the round's one rotation entry now names the new inbrenger.
                    await repository.AddRotationAsync(stored.TeamPartition, stored.RoundId, state.InbrengerId, state.GespreksleiderId, chosen.Casus.SubmittedAt, cancellationToken).ConfigureAwait(false);
                    break;
                case NonContributorsReminded reminded when reminded.MemberIds.Count > 0:
                    await SendReminderAsync(stored, reminded, cancellationToken).ConfigureAwait(false);
                    break;
                case RoundClosed closed:
                    RoundLog.Closed(logger, stored.RoundId, closed.Reason.ToString());
                    await repository.ReleaseActiveAsync(stored.Partition, stored.RoundId, cancellationToken).ConfigureAwait(false);
                    // Posted after the answer, like the card update (a work of its own: never coalesced with the card's).
                    if (closed.Summary is { } summary)
                    {
                        cardUpdates.Request(stored.RoundId + "|summary", stored.TenantId, stored.ConversationId, ct => PostSummaryAsync(stored, summary, ct));
                    }
                    break;
            }
        }

        await tijdbewaker.ScheduleAsync(stored, outcome.Events, cancellationToken).ConfigureAwait(false);
        if (RoundQueries.NextDueAt(state) is { } due)
        {
            // Timed work goes through the reminders outbox like all timed work: claimed, paced, exactly once.
            await reminders.ScheduleAsync(RoundDeadlineAction.Request(stored, due), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PostSummaryAsync(StoredRound stored, RoundSummary summary, CancellationToken cancellationToken)
    {
        var method = methods.Find(stored.State.MethodId)!.For(stored.State.Mode);
        var card = SummaryCard.Create(BotCulture.FromLocale(stored.Locale), summary, stored.State, method);
        await TryConnectorAsync(stored, "post the summary", () =>
            connector.SendAsync(stored.ServiceUrl, stored.ConversationId, CardActivity(stored, card), cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// The phase's one reminder, as a private nudge to each person who has not contributed yet: a targeted message in the
    /// round's conversation that only they see, or their 1:1 chat. Nobody is named or mentioned where others can read it.
    /// </summary>
    private async Task SendReminderAsync(StoredRound stored, NonContributorsReminded reminded, CancellationToken cancellationToken)
    {
        var culture = BotCulture.FromLocale(stored.Locale);
        var method = methods.Find(stored.State.MethodId)!;
        var card = RoundCard.Nudge(culture, stored.State, method.Phases[reminded.PhaseIndex]);
        var bot = stored.BotId is null ? null : new ChannelAccount { Id = stored.BotId };
        var nudged = 0;
        foreach (var memberId in reminded.MemberIds.Where(stored.State.IsParticipant))
        {
            if (stored.MemberMris.GetValueOrDefault(memberId) is not { } mri) continue;
            var to = new PrivateCardAddress(stored.ServiceUrl, stored.ConversationId, stored.TenantId, bot, mri, stored.Locale);
            try
            {
                var result = await PrivateCard.SendAsync(connector, to, card, cancellationToken).ConfigureAwait(false);
                if (result.Delivery != PrivateCardDelivery.Failed) nudged++;
                else RoundLog.ConnectorFailed(logger, stored.RoundId, "send a private nudge", result.PersonalStatus, null);
            }
            catch (UntrustedServiceUrlException)
            {
                RoundLog.ConnectorFailed(logger, stored.RoundId, "send a private nudge", 0, "untrusted-service-url");
                return;
            }
        }

        RoundLog.Reminded(logger, stored.RoundId, nudged, reminded.PhaseIndex);
    }

    private static Activity CardActivity(StoredRound stored, AdaptiveCard card) => new()
    {
        Type = ActivityTypes.Message,
        From = stored.BotId is null ? null : new ChannelAccount { Id = stored.BotId },
        Conversation = new ConversationAccount { Id = stored.ConversationId },
        Attachments = [CardAttachment.Create(card)],
    };

    private async Task<bool> TryConnectorAsync(StoredRound stored, string operation, Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
            return true;
        }
        catch (ConnectorException ex)
        {
            RoundLog.ConnectorFailed(logger, stored.RoundId, operation, ex.StatusCode, ex.ErrorCode);
            return false;
        }
        catch (UntrustedServiceUrlException)
        {
            RoundLog.ConnectorFailed(logger, stored.RoundId, operation, 0, "untrusted-service-url");
            return false;
        }
    }

    /// <summary>The same text again from the same member in the same phase (a double click or a retried Submit): nothing to add.</summary>
    private static bool IsRepeat(RoundState state, Contribute contribute) =>
        contribute.Text is { } text && state.ContributionsIn(contribute.PhaseIndex)
            .Any(c => c.AuthorId == contribute.ActorId && string.Equals(c.Text, text.Trim(), StringComparison.Ordinal));

}
