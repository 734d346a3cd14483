using System.Globalization;
using System.Text.Json;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Handreikingen.Handlers;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Localization;
using IntervisieBot.Privacy;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Intervisie.Handlers;

/// <summary>
/// Intervisie rounds in a channel or group chat: <c>start intervisie</c> and the card verbs of the round card. Every action
/// finds its round only inside the partition of the activity's own tenant and conversation, and checks the actor on the
/// server (participant, inbrenger or gespreksleider; a teamleider has no special round power); ids in card data are never trusted beyond that lookup.
/// </summary>
public sealed class IntervisieRoutes(
    RoundService rounds,
    RoundEngine engine,
    RoundOpener opener,
    GroupAgreementStore agreements,
    TimeProvider time,
    IMethodRegistry methods,
    TeamRoster roster,
    IPersonalDataGuard guard,
    IEnumerable<ICasusSubmittedListener> casusListeners,
    ILogger<IntervisieRoutes> logger) : IRouteContributor
{
    public static readonly string[] StartPhrases = ["start intervisie", "intervisie starten", "start intervision"];

    public void AddRoutes(RouteTableBuilder routes) => routes
        .Commands(StartPhrases, StartCommandAsync)
        .CardAction(RoundVerbs.Start, OnStartAsync)
        .CardAction(RoundVerbs.Casus, OnCasusAsync)
        .CardAction(RoundVerbs.Contribute, OnContributeAsync)
        .CardAction(RoundVerbs.Advance, (t, a, c) => OnModerateAsync(t, a, RoundVerbs.Advance, c))
        .CardAction(RoundVerbs.Pause, (t, a, c) => OnModerateAsync(t, a, RoundVerbs.Pause, c))
        .CardAction(RoundVerbs.Resume, (t, a, c) => OnModerateAsync(t, a, RoundVerbs.Resume, c))
        .CardAction(RoundVerbs.Close, (t, a, c) => OnModerateAsync(t, a, RoundVerbs.Close, c))
        .CardAction(RoundVerbs.Refresh, OnRefreshAsync)
        .CardAction(RoundVerbs.OptIn, OnOptInAsync)
        .CardAction(RoundVerbs.OptOut, OnOptOutAsync)
        .CardAction(RoundVerbs.Withdraw, OnWithdrawAsync)
        .CardAction(RoundVerbs.SuggestMethod, OnSuggestMethodAsync)
        .CardAction(RoundVerbs.Answer, OnAnswerAsync)
        .CardAction(RoundVerbs.Propose, OnProposeAsync)
        .CardAction(RoundVerbs.ChooseCasus, OnChooseCasusAsync)
        .CardAction(RoundVerbs.Tijdbewaker, OnTijdbewakerAsync);

    private async Task StartCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (TeamScope.From(turn.Activity) is not { } scope)
        {
            await turn.SendCardAsync(OnlyInTeam(culture), cancellationToken).ConfigureAwait(false);
            return;
        }

        var partition = RoundKeys.Partition(scope.TenantId, turn.ConversationId);
        var actorKey = TeamScope.UserKey(turn.Activity.From);
        // The round opens for taking part: nobody is enrolled until they choose "Ik doe mee" on the card.
        var members = await MembersAsync(turn, scope, cancellationToken).ConfigureAwait(false);
        var roundId = Guid.NewGuid().ToString("N");
        var opening = await opener.OpenAsync(NewRound(turn, scope, partition, culture, members), roundId, actorKey, null, cancellationToken).ConfigureAwait(false);
        if (opening.Kind == RoundOpener.RoundOpeningKind.AlreadyActive)
        {
            // A way to that round: its card back, and for whoever may close it a close button.
            var active = opening.Round;
            await turn.SendCardAsync(AlreadyActive(culture, active?.RoundId, active is not null && MayClose(active.State, actorKey)), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (opening is not { Kind: RoundOpener.RoundOpeningKind.Opened, Round: { } stored })
        {
            await turn.SendCardAsync(RefusalCard(culture, RefusalReason.InvalidCommand), cancellationToken).ConfigureAwait(false);
            return;
        }

        RoundLog.Opened(logger, roundId);
        var card = await rounds.BuildCardAsync(stored, RoundViewer.Everyone, culture, null, cancellationToken).ConfigureAwait(false);
        if ((await turn.SendCardAsync(card, cancellationToken).ConfigureAwait(false)).Id is { Length: > 0 } cardActivityId)
        {
            await rounds.Repository.SetCardActivityIdAsync(partition, roundId, cardActivityId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Who may close a round from the "er loopt al een ronde" card: its gespreksleider; while it gathers, whoever opened or joined it.</summary>
    private static bool MayClose(RoundState state, string actorKey) => state.Status == RoundStatus.Gathering
        ? actorKey == state.StartedBy || state.IsParticipant(actorKey)
        : actorKey == state.GespreksleiderId;

    private static RoundEntity NewRound(TurnContext turn, TeamScope scope, string partition, CultureInfo culture, IReadOnlyList<(string Key, string Name, string? Mri)> members) => new()
    {
        PartitionKey = partition,
        TenantId = scope.TenantId,
        ConversationId = turn.ConversationId,
        TeamPartition = scope.PartitionKey,
        ServiceUrl = turn.ServiceUrl,
        BotId = turn.Activity.Recipient?.Id,
        Locale = culture.Name,
        MembersJson = RoundStateJson.SerializeMembers(members.Where(m => m.Mri is not null).DistinctBy(m => m.Key).ToDictionary(m => m.Key, m => m.Mri!, StringComparer.Ordinal)),
    };

    /// <summary>
    /// "Ik doe mee": a member of this conversation joins the gathering round; the roles are proposed again among those who
    /// joined. Joining confirms the group agreement ("Ik doe mee en houd me aan de afspraken", stored once per person per
    /// conversation); a member who has not confirmed it gets the agreement on their own view of the card, and is not in yet.
    /// </summary>
    private async Task<CardActionResult> OnOptInAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (round, refusal, culture) = await FindRoundAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (round is null) return refusal!;
        var actor = TeamScope.UserKey(turn.Activity.From);
        var member = (await MembersAsync(turn, TeamScope.From(turn.Activity)!, cancellationToken).ConfigureAwait(false)).FirstOrDefault(m => m.Key == actor);
        if (member.Key is null) return await RefusalAsync(turn, action, round, culture, RefusalReason.NotAParticipant, cancellationToken).ConfigureAwait(false);
        if (Agrees(action))
        {
            await agreements.ConfirmAsync(round.Partition, actor, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
        else if (round.State.Status == RoundStatus.Gathering && !await agreements.HasConfirmedAsync(round.Partition, actor, cancellationToken).ConfigureAwait(false))
        {
            var notice = RoundCardStrings.AgreementNotice(culture);
            if (!action.ViaInvoke) return CardActionResult.ShowMessage(notice);
            return Card(await rounds.BuildCardAsync(round, new RoundViewer(actor, false) { AsksAgreement = true }, culture, notice, cancellationToken).ConfigureAwait(false));
        }

        var history = await rounds.Repository.GetRotationAsync(round.TeamPartition, cancellationToken).ConfigureAwait(false);
        var outcome = await rounds.ApplyAsync(round, _ => new OptIn(round.RoundId, new Participant(member.Key, member.Name), history), cancellationToken).ConfigureAwait(false);
        return await RespondAsync(turn, action, outcome, culture, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> OnOptOutAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (round, refusal, culture) = await FindRoundAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (round is null) return refusal!;
        var actor = TeamScope.UserKey(turn.Activity.From);
        var history = await rounds.Repository.GetRotationAsync(round.TeamPartition, cancellationToken).ConfigureAwait(false);
        var outcome = await rounds.ApplyAsync(round, _ => new OptOut(round.RoundId, actor, history), cancellationToken).ConfigureAwait(false);
        return await RespondAsync(turn, action, outcome, culture, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The inbrenger withdraws the casus: the round closes without a summary.</summary>
    private Task<CardActionResult> OnWithdrawAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken) =>
        ApplyAsync(turn, action, (roundId, actor) => new WithdrawCasus(roundId, actor), cancellationToken);

    /// <summary>
    /// The card action's round (found in this conversation only), the sender's command for it (built from the round id and
    /// the sender's user key), decided and stored, and the answer: the sender's card, or a friendly refusal.
    /// </summary>
    private async Task<CardActionResult> ApplyAsync(TurnContext turn, CardActionRequest action, Func<string, string, IntervisieCommand> command,
        CancellationToken cancellationToken)
    {
        var (round, refusal, culture) = await FindRoundAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (round is null) return refusal!;
        var actor = TeamScope.UserKey(turn.Activity.From);
        var outcome = await rounds.ApplyAsync(round, _ => command(round.RoundId, actor), cancellationToken).ConfigureAwait(false);
        return await RespondAsync(turn, action, outcome, culture, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"Welke methode past?": the suggestion on top of the start card, for the one who asked.</summary>
    private async Task<CardActionResult> OnSuggestMethodAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (round, refusal, culture) = await FindRoundAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (round is null) return refusal!;
        var kind = action.GetString(RoundVerbs.KindInput) is { } k && MethodAdvisor.Kinds.Contains(k) ? k : null;
        var minutes = int.TryParse(action.GetString(RoundVerbs.TimeInput), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is > 0 and <= 600 ? m : 60;
        var suggestion = StartCard.Suggestion(culture, MethodAdvisor.Suggest(methods.All, kind, minutes), kind, minutes);
        if (!action.ViaInvoke) return CardActionResult.ShowMessage(suggestion);
        return Card(await PersonalCardAsync(turn, round, culture, suggestion, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>"Start de ronde" on a gathering round's card: it begins with those who joined.</summary>
    private async Task<CardActionResult> OnBeginAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (round, refusal, culture) = await FindRoundAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (round is null) return refusal!;
        var actor = TeamScope.UserKey(turn.Activity.From);
        var (methodId, mode, hours) = ReadStartChoices(action);
        var outcome = await rounds.ApplyAsync(round, _ => new BeginRound(round.RoundId, actor, methodId, action.GetString(RoundVerbs.InbrengerInput),
            action.GetString(RoundVerbs.GespreksleiderInput), mode, hours, ReadTijdbewaker(action)), cancellationToken).ConfigureAwait(false);
        if (outcome.Kind == RoundOutcomeKind.Changed) RoundLog.Started(logger, round.RoundId, methodId, mode.ToString(), outcome.Round!.State.Participants.Count);
        return await RespondAsync(turn, action, outcome, culture, cancellationToken).ConfigureAwait(false);
    }

    private static (string MethodId, RoundMode Mode, int? Hours) ReadStartChoices(CardActionRequest action)
    {
        var mode = action.GetString(RoundVerbs.ModeInput) == RoundVerbs.ModeSpread ? RoundMode.Spread : RoundMode.Live;
        int? hours = mode == RoundMode.Spread && int.TryParse(action.GetString(RoundVerbs.HoursInput), NumberStyles.None, CultureInfo.InvariantCulture, out var h) ? h : null;
        return (action.GetString(RoundVerbs.MethodInput) ?? "", mode, hours);
    }

    /// <summary>
    /// "Start de ronde": on the card of a gathering round (its id in the data) the round begins with those who joined. The
    /// start card of a planned series session carries no round id: it starts a round directly with the conversation's members.
    /// </summary>
    private async Task<CardActionResult> OnStartAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        if (action.GetString(RoundVerbs.RoundIdData) is not null) return await OnBeginAsync(turn, action, cancellationToken).ConfigureAwait(false);
        var culture = turn.Culture();
        if (TeamScope.From(turn.Activity) is not { } scope) return Card(OnlyInTeam(culture));

        var actor = TeamScope.UserKey(turn.Activity.From);
        var members = await MembersAsync(turn, scope, cancellationToken).ConfigureAwait(false);
        if (!members.Any(m => m.Key == actor)) return Refusal(culture, RefusalReason.NotAParticipant);

        var (methodId, mode, hours) = ReadStartChoices(action);
        var roundId = Guid.NewGuid().ToString("N");
        var partition = RoundKeys.Partition(scope.TenantId, turn.ConversationId);
        var command = new StartRound(
            roundId,
            RoundKeys.ConversationKey(scope.TenantId, turn.ConversationId),
            methodId,
            action.GetString(RoundVerbs.InbrengerInput) ?? "",
            action.GetString(RoundVerbs.GespreksleiderInput) ?? "",
            [.. members.Select(m => new Participant(m.Key, m.Name))],
            mode,
            hours,
            actor);
        var decision = engine.Decide(null, command);
        if (decision is RoundRefused refused) return Refusal(culture, refused.Reason);
        var state = ((RoundAccepted)decision).State;

        var meta = NewRound(turn, scope, partition, culture, members);
        // The start card becomes the round card, updated in place for everyone from now on: its id is stored with the round.
        var cardActivityId = turn.Activity.ReplyToId;
        if (!string.IsNullOrEmpty(cardActivityId)) meta.CardActivityId = cardActivityId;
        if (await rounds.Repository.CreateAsync(meta, state, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return Card(AlreadyActive(culture));
        }

        RoundLog.Started(logger, roundId, state.MethodId, state.Mode.ToString(), state.Participants.Count);
        if (!string.IsNullOrEmpty(cardActivityId))
        {
            rounds.RequestCardUpdate(stored); // after the answer, like every shared card update
            return action.ViaInvoke
                ? Card(await PersonalCardAsync(turn, stored, culture, null, cancellationToken).ConfigureAwait(false))
                : Card(await rounds.BuildCardAsync(stored, RoundViewer.Everyone, culture, null, cancellationToken).ConfigureAwait(false));
        }

        // No card to replace (a start card that came without its id): the round card is posted as a new message.
        var lookBack = await rounds.LookBackAsync(stored, cancellationToken).ConfigureAwait(false); // read once, for both cards
        var shared = await rounds.BuildCardAsync(stored, RoundViewer.Everyone, culture, null, cancellationToken, lookBack).ConfigureAwait(false);
        if ((await turn.SendCardAsync(shared, cancellationToken).ConfigureAwait(false)).Id is { Length: > 0 } sentId)
        {
            await rounds.Repository.SetCardActivityIdAsync(partition, roundId, sentId, cancellationToken).ConfigureAwait(false);
        }

        return action.ViaInvoke
            ? Card(await PersonalCardAsync(turn, stored, culture, null, cancellationToken, lookBack).ConfigureAwait(false))
            : Card(shared);
    }

    private async Task<CardActionResult> OnCasusAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (round, refusal, culture) = await FindRoundAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (round is null) return refusal!;
        var actor = TeamScope.UserKey(turn.Activity.From);
        if (actor != round.State.InbrengerId) return await RefusalAsync(turn, action, round, culture, RefusalReason.NotInbrenger, cancellationToken).ConfigureAwait(false);

        var title = action.GetString(RoundVerbs.CasusTitleInput);
        var description = action.GetString(RoundVerbs.CasusDescriptionInput);
        var titleCheck = guard.Check(title);
        var descriptionCheck = guard.Check(description);
        if (!titleCheck.IsClean || !descriptionCheck.IsClean)
        {
            RoundLog.PrivacyStopped(logger, RoundVerbs.Casus);
            var payload = new Dictionary<string, object> { [RoundVerbs.RoundIdData] = round.RoundId };
            if (!titleCheck.IsClean)
            {
                if (descriptionCheck.IsClean && !string.IsNullOrEmpty(description)) payload[RoundVerbs.CasusDescriptionInput] = description;
                return Card(PrivacyCard.Create(culture, titleCheck, RoundVerbs.CasusTitleInput, RoundCardStrings.CasusTitleLabel(culture),
                    title, RoundVerbs.Casus, payload));
            }

            payload[RoundVerbs.CasusTitleInput] = title ?? "";
            return Card(PrivacyCard.Create(culture, descriptionCheck, RoundVerbs.CasusDescriptionInput, RoundCardStrings.CasusDescriptionLabel(culture),
                description, RoundVerbs.Casus, payload));
        }

        var outcome = await rounds.ApplyAsync(round, _ => new SubmitCasus(round.RoundId, actor, title ?? "", description), cancellationToken).ConfigureAwait(false);
        if (outcome.Kind == RoundOutcomeKind.Changed) await NotifyCasusListenersAsync(turn, new CasusSubmission(round.RoundId, title ?? "", $"{title}\n{description}", round.State.CreatedAt), cancellationToken).ConfigureAwait(false);
        return await RespondAsync(turn, action, outcome, culture, cancellationToken).ConfigureAwait(false);
    }

    private async Task NotifyCasusListenersAsync(TurnContext turn, CasusSubmission casus, CancellationToken cancellationToken)
    {
        foreach (var listener in casusListeners)
        {
            try
            {
                await listener.OnCasusSubmittedAsync(turn, casus, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                RoundLog.CasusListenerFailed(logger, ex.GetType().Name);
            }
        }
    }

    private async Task<CardActionResult> OnContributeAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (round, refusal, culture) = await FindRoundAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (round is null) return refusal!;
        if (ReadInt(action.Data, RoundVerbs.PhaseIndexData) is not { } phaseIndex)
        {
            return await RefusalAsync(turn, action, round, culture, RefusalReason.InvalidCommand, cancellationToken).ConfigureAwait(false);
        }

        var method = methods.Find(round.State.MethodId)?.For(round.State.Mode);
        var phase = method is not null && phaseIndex >= 0 && phaseIndex < method.Phases.Count ? method.Phases[phaseIndex] : null;
        var isChoice = phase?.Collects.Kind == CollectKind.Choice;
        var text = isChoice ? null : action.GetString(RoundVerbs.ContributionInput);
        var choice = isChoice ? action.GetString(RoundVerbs.ChoiceInput) : null;
        if (GuardStop(turn, action, text, RoundVerbs.ContributionInput, phase?.InputLabel?.For(culture) ?? RoundCardStrings.ContributionsHeading(culture), RoundVerbs.Contribute,
            new Dictionary<string, object> { [RoundVerbs.PhaseIndexData] = phaseIndex }) is { } stop)
        {
            return stop;
        }

        var actor = TeamScope.UserKey(turn.Activity.From);
        // Only those who chose to take part contribute: nobody is enrolled by writing.
        var outcome = await rounds.ApplyAsync(round, _ => new Contribute(round.RoundId, actor, phaseIndex, text, choice), cancellationToken).ConfigureAwait(false);

        return await RespondAsync(turn, action, outcome, culture, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Spread over days: the inbrenger answers one question of the phase (through the privacy guard first).</summary>
    private Task<CardActionResult> OnAnswerAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var phaseIndex = ReadInt(action.Data, RoundVerbs.PhaseIndexData) ?? -1;
        var questionId = action.GetString(RoundVerbs.QuestionInput) ?? "";
        var text = action.GetString(RoundVerbs.AnswerInput);
        return GuardStop(turn, action, text, RoundVerbs.AnswerInput, RoundCardStrings.AnswerTextLabel(turn.Culture()), RoundVerbs.Answer,
                new Dictionary<string, object> { [RoundVerbs.PhaseIndexData] = phaseIndex, [RoundVerbs.QuestionInput] = questionId }) is { } stop
            ? Task.FromResult(stop)
            : ApplyAsync(turn, action, (roundId, actor) => new AnswerQuestion(roundId, actor, phaseIndex, questionId, text), cancellationToken);
    }

    /// <summary>Choosing the incident: a member who joined proposes a casus in one line (through the privacy guard first; a refused line is never stored).</summary>
    private Task<CardActionResult> OnProposeAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var text = action.GetString(RoundVerbs.ProposalInput);
        return GuardStop(turn, action, text, RoundVerbs.ProposalInput, RoundCardStrings.ProposeLabel(turn.Culture()), RoundVerbs.Propose, []) is { } stop
            ? Task.FromResult(stop)
            : ApplyAsync(turn, action, (roundId, actor) => new ProposeCasus(roundId, actor, text), cancellationToken);
    }

    /// <summary>Choosing the incident: the gespreksleider picks a proposal; its author becomes the inbrenger in place.</summary>
    private Task<CardActionResult> OnChooseCasusAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken) =>
        ApplyAsync(turn, action, (roundId, actor) => new ChooseCasus(roundId, actor, action.GetString(RoundVerbs.ProposerInput) ?? ""), cancellationToken);

    /// <summary>The gespreksleider chooses (or changes, or clears) the tijdbewaker.</summary>
    private Task<CardActionResult> OnTijdbewakerAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken) =>
        ApplyAsync(turn, action, (roundId, actor) => new ChooseTijdbewaker(roundId, actor, ReadTijdbewaker(action)), cancellationToken);

    /// <summary>
    /// The privacy guard on one free text: null when it is clean; else the guard's card (the text back in its field, to
    /// change and send again with <paramref name="verb"/>, the action's round id and <paramref name="payload"/>). Nothing
    /// of a refused text is stored, and no round is read for it.
    /// </summary>
    private CardActionResult? GuardStop(TurnContext turn, CardActionRequest action, string? text, string inputId, string label, string verb, Dictionary<string, object> payload)
    {
        var check = guard.Check(text);
        if (check.IsClean) return null;
        RoundLog.PrivacyStopped(logger, verb);
        payload[RoundVerbs.RoundIdData] = action.GetString(RoundVerbs.RoundIdData) ?? "";
        return Card(PrivacyCard.Create(turn.Culture(), check, inputId, label, text, verb, payload));
    }

    private async Task<CardActionResult> OnModerateAsync(TurnContext turn, CardActionRequest action, string verb, CancellationToken cancellationToken)
    {
        var (round, refusal, culture) = await FindRoundAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (round is null) return refusal!;
        var actor = TeamScope.UserKey(turn.Activity.From);
        int? expected = ReadInt(action.Data, RoundVerbs.PhaseIndexData);
        if (verb == RoundVerbs.Advance && expected is null)
        {
            return await RefusalAsync(turn, action, round, culture, RefusalReason.InvalidCommand, cancellationToken).ConfigureAwait(false);
        }

        var id = round.RoundId;
        Func<RoundState, IntervisieCommand> build = verb switch
        {
            RoundVerbs.Advance => _ => new AdvancePhase(id, actor, expected!.Value),
            RoundVerbs.Pause => _ => new PauseRound(id, actor),
            RoundVerbs.Resume => _ => new ResumeRound(id, actor),
            _ => _ => new CloseRound(id, actor),
        };
        var outcome = await rounds.ApplyAsync(round, build, cancellationToken).ConfigureAwait(false);
        return await RespondAsync(turn, action, outcome, culture, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> OnRefreshAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (round, refusal, culture) = await FindRoundAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (round is null) return refusal!;
        return Card(await PersonalCardAsync(turn, round, culture, null, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The round named in the card data, looked up only in the partition of this activity's tenant and conversation, and
    /// then checked against them again. A forged id or one from another team finds nothing.
    /// </summary>
    private async Task<(StoredRound? Round, CardActionResult? Refusal, CultureInfo Culture)> FindRoundAsync(
        TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (TeamScope.From(turn.Activity) is not { } scope) return (null, Card(OnlyInTeam(culture)), culture);
        var roundId = action.GetString(RoundVerbs.RoundIdData);
        if (!RoundKeys.IsRoundId(roundId)) return (null, Refusal(culture, RefusalReason.InvalidCommand), culture);
        var partition = RoundKeys.Partition(scope.TenantId, turn.ConversationId);
        var round = await rounds.Repository.LoadAsync(partition, roundId!, cancellationToken).ConfigureAwait(false);
        if (round is null) return (null, Refusal(culture, RefusalReason.RoundNotFound), culture);
        if (!AccessControl.IsSameConversation(turn, round.TenantId, round.ConversationId))
        {
            return (null, Refusal(culture, RefusalReason.SessionMismatch), culture);
        }

        if (round.CardActivityId is null && round.State.Status == RoundStatus.Gathering && turn.Activity.ReplyToId is { Length: > 0 } cardId)
        {
            // A gathering card another feature posted (a planned session's, sent by the reminders outbox): its first action says where it is.
            await rounds.Repository.SetCardActivityIdAsync(partition, round.RoundId, cardId, cancellationToken).ConfigureAwait(false);
            round = round with { CardActivityId = cardId };
        }

        return (round, null, culture);
    }

    private async Task<CardActionResult> RespondAsync(TurnContext turn, CardActionRequest action, RoundOutcome outcome, CultureInfo culture,
        CancellationToken cancellationToken)
    {
        switch (outcome.Kind)
        {
            case RoundOutcomeKind.NotFound:
                return Refusal(culture, RefusalReason.RoundNotFound);
            case RoundOutcomeKind.Refused:
                return await RefusalAsync(turn, action, outcome.Round!, culture, outcome.Reason!.Value, cancellationToken).ConfigureAwait(false);
            case RoundOutcomeKind.Busy:
                return Refusal(culture, RefusalReason.InvalidCommand);
        }

        var round = outcome.Round!;
        if (!action.ViaInvoke)
        {
            // Submit fallback: the reply replaces the shared card, so it must be the card for everyone.
            return Card(await rounds.BuildCardAsync(round, RoundViewer.Everyone, BotCulture.FromLocale(round.Locale), null, cancellationToken).ConfigureAwait(false));
        }

        return Card(await PersonalCardAsync(turn, round, culture, null, cancellationToken).ConfigureAwait(false));
    }

    private async Task<CardActionResult> RefusalAsync(TurnContext turn, CardActionRequest action, StoredRound round, CultureInfo culture, RefusalReason reason,
        CancellationToken cancellationToken)
    {
        var text = IntervisieStrings.Refusal(reason, culture);
        if (!action.ViaInvoke) return CardActionResult.ShowMessage(text);
        return Card(await PersonalCardAsync(turn, round, culture, text, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The round card as <paramref name="turn"/>'s sender may use it: the phase buttons only for the gespreksleider.</summary>
    private Task<AdaptiveCard> PersonalCardAsync(TurnContext turn, StoredRound round, CultureInfo culture, string? notice, CancellationToken cancellationToken,
        IReadOnlyList<RoundLookBackItem>? lookBack = null)
    {
        var actor = TeamScope.UserKey(turn.Activity.From);
        var moderator = actor == round.State.GespreksleiderId && round.State.Status != RoundStatus.Closed;
        return rounds.BuildCardAsync(round, new RoundViewer(actor, moderator), culture, notice, cancellationToken, lookBack);
    }

    private async Task<IReadOnlyList<(string Key, string Name, string? Mri)>> MembersAsync(TurnContext turn, TeamScope scope, CancellationToken cancellationToken)
    {
        var accounts = await RosterAsync(turn, scope, cancellationToken).ConfigureAwait(false);
        var members = accounts
            .Select(m => (Key: TeamScope.UserKey(m), Name: m.Name ?? "", Mri: m.Id))
            .Where(m => m.Key.Length > 0)
            .DistinctBy(m => m.Key, StringComparer.Ordinal)
            .ToList();
        if (members.Count == 0 && turn.Activity.From is { } from && TeamScope.UserKey(from) is { Length: > 0 } key)
        {
            // A conversation whose member list is empty (some test clients): the sender alone.
            members.Add((key, from.Name ?? "", from.Id));
        }

        return members;
    }

    /// <summary>
    /// Who may take part: in a channel the roster of that channel's own conversation — a private or shared channel's own
    /// members (a standard channel's are the team's) — so a group in a private channel is not the whole team; the team's
    /// roster only when the connector gives none for the channel. A group chat's is the chat's.
    /// </summary>
    private async Task<IReadOnlyList<ChannelAccount>> RosterAsync(TurnContext turn, TeamScope scope, CancellationToken cancellationToken)
    {
        var channel = TeamScope.ThreadRoot(turn.ConversationId);
        if (turn.Activity.TeamId is null || channel == scope.RosterConversationId)
        {
            return await roster.GetMembersAsync(turn.ServiceUrl, scope, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await roster.GetMembersAsync(turn.ServiceUrl, scope with { RosterConversationId = channel }, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (ex.IsPermanent)
        {
            RoundLog.ConnectorFailed(logger, "", "read the channel's roster", ex.StatusCode, ex.ErrorCode);
            return await roster.GetMembersAsync(turn.ServiceUrl, scope, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The "Ik doe mee en houd me aan de afspraken" button: its data carries <c>agree: true</c>.</summary>
    private static bool Agrees(CardActionRequest action) =>
        action.Data.ValueKind == JsonValueKind.Object && action.Data.TryGetProperty(RoundVerbs.AgreeData, out var agree)
        && (agree.ValueKind == JsonValueKind.True || (agree.ValueKind == JsonValueKind.String && bool.TryParse(agree.GetString(), out var parsed) && parsed));

    /// <summary>The chosen tijdbewaker's user key; null for "Niemand" or nothing chosen.</summary>
    private static string? ReadTijdbewaker(CardActionRequest action) =>
        action.GetString(RoundVerbs.TijdbewakerInput) is { Length: > 0 } key && key != RoundVerbs.NoTijdbewaker ? key : null;

    private static int? ReadInt(JsonElement data, string name)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)) return number;
        return value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    private static CardActionResult Card(AdaptiveCard card) => CardActionResult.ReplaceCard(card);

    private static CardActionResult Refusal(CultureInfo culture, RefusalReason reason) =>
        Card(RefusalCard(culture, reason));

    public static AdaptiveCard RefusalCard(CultureInfo culture, RefusalReason reason) =>
        NoticeCard.Create(culture, RoundCardStrings.RefusalTitle(culture), IntervisieStrings.Refusal(reason, culture), TextColor.Attention);

    public static AdaptiveCard OnlyInTeam(CultureInfo culture) =>
        NoticeCard.Create(culture, RoundCardStrings.OnlyInTeamTitle(culture), RoundCardStrings.OnlyInTeamBody(culture));

    /// <param name="roundId">The running round: buttons bring its card back and (<paramref name="canClose"/>) close it.</param>
    public static AdaptiveCard AlreadyActive(CultureInfo culture, string? roundId = null, bool canClose = false)
    {
        var card = NoticeCard.Create(culture, RoundCardStrings.AlreadyActiveTitle(culture), RoundCardStrings.AlreadyActiveBody(culture), TextColor.Warning);
        if (roundId is null) return card;
        List<CardAction> actions = [CardActions.Execute(RoundCardStrings.AlreadyActiveShow(culture), RoundVerbs.Refresh, new Dictionary<string, string> { [RoundVerbs.RoundIdData] = roundId })];
        if (canClose) actions.Add(CardActions.Execute(RoundCardStrings.AlreadyActiveClose(culture), RoundVerbs.Close, new Dictionary<string, string> { [RoundVerbs.RoundIdData] = roundId }));
        return card with { Actions = actions };
    }
}
