using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;

namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// The intervisie round state machine. <see cref="Decide"/> takes the current state (null before the round exists) and a
/// command, and returns either the new state plus the events that lead to it, or a typed refusal. It does no I/O; the
/// only outside input is the clock (<see cref="TimeProvider"/>), so it is deterministic under a fake clock.
/// </summary>
public sealed class RoundEngine(IMethodRegistry methods, TimeProvider time)
{
    public const int MinParticipants = 2;
    public const int MaxParticipants = 100;
    public const int MinDeadlineHours = 1;
    public const int MaxDeadlineHours = 14 * 24;
    public const int MaxCasusTitleLength = 120;
    public const int MaxCasusDescriptionLength = 2000;
    public const int MaxContributionLength = 800;

    /// <summary>The reminder of a spread phase is due when this fraction of the phase time has passed.</summary>
    public const double ReminderAtFraction = 0.75;

    private static readonly IReadOnlyList<RoundEvent> NoEvents = [];

    public RoundResult Decide(RoundState? state, IntervisieCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(command.SessionId))
        {
            return new RoundRefused(RefusalReason.InvalidCommand);
        }

        if (command is StartRound start)
        {
            return state is not null ? new RoundRefused(RefusalReason.RoundAlreadyStarted) : Finish(null, DecideStart(start));
        }

        if (command is OpenRound open)
        {
            return state is not null ? new RoundRefused(RefusalReason.RoundAlreadyStarted) : Finish(null, DecideOpen(open));
        }

        if (state is null)
        {
            return new RoundRefused(RefusalReason.RoundNotFound);
        }

        if (!string.Equals(state.SessionId, command.SessionId, StringComparison.Ordinal))
        {
            return new RoundRefused(RefusalReason.SessionMismatch);
        }

        var now = time.GetUtcNow();
        if (command is OptIn or OptOut or BeginRound || state.Status == RoundStatus.Gathering)
        {
            return Finish(state, command switch
            {
                OptIn c => DecideOptIn(state, c, now),
                OptOut c => DecideOptOut(state, c, now),
                BeginRound c => DecideBegin(state, c, now),
                CloseRound c => DecideCloseGathering(state, c, now),
                _ => Decision.Refuse(RefusalReason.RoundNotBegun),
            });
        }

        if (methods.Find(state.MethodId)?.For(state.Mode) is not { } method)
        {
            return new RoundRefused(RefusalReason.UnknownMethod);
        }

        var decision = command switch
        {
            SubmitCasus c => DecideSubmitCasus(state, method, c, now),
            Contribute c => DecideContribute(state, method, c, now),
            AdvancePhase c => DecideAdvance(state, method, c, now),
            PauseRound c => DecidePause(state, c, now),
            ResumeRound c => DecideResume(state, c, now),
            CloseRound c => DecideClose(state, method, c, now),
            DeadlinePassed c => DecideDeadline(state, method, c, now),
            CheckPhaseComplete c => DecideCheckComplete(state, method, c, now),
            RemindNonContributors c => DecideReminder(state, method, c, now),
            JoinRound c => DecideJoin(state, c, now),
            WithdrawCasus c => DecideWithdraw(state, c, now),
            AnswerQuestion c => DecideAnswer(state, method, c, now),
            ProposeCasus c => DecidePropose(state, method, c, now),
            ChooseCasus c => DecideChooseCasus(state, method, c, now),
            ChooseTijdbewaker c => DecideTijdbewaker(state, c, now),
            _ => Decision.Refuse(RefusalReason.InvalidCommand),
        };
        return Finish(state, decision);
    }

    private static RoundResult Finish(RoundState? state, Decision decision)
    {
        if (decision.Refusal is { } reason)
        {
            return new RoundRefused(reason);
        }

        var next = RoundEvolver.ApplyAll(state, decision.Events)
            ?? throw new InvalidOperationException("An accepted decision must leave a round.");
        return new RoundAccepted(next, decision.Events);
    }

    private Decision DecideStart(StartRound c)
    {
        if (Blank(c.ConversationKey) || Blank(c.MethodId) || Blank(c.InbrengerId) || Blank(c.GespreksleiderId)
            || Blank(c.StartedBy) || c.Participants is null || c.Participants.Any(p => p is null || Blank(p.Id)))
        {
            return Decision.Refuse(RefusalReason.InvalidCommand);
        }

        if (methods.Find(c.MethodId) is null)
        {
            return Decision.Refuse(RefusalReason.UnknownMethod);
        }

        List<Participant> participants = [.. c.Participants.DistinctBy(p => p.Id, StringComparer.Ordinal)];
        var solo = IsSoloRound(participants, c.InbrengerId, c.GespreksleiderId);
        if (participants.Count < MinParticipants && !solo)
        {
            return Decision.Refuse(RefusalReason.TooFewParticipants);
        }

        if (participants.Count > MaxParticipants)
        {
            return Decision.Refuse(RefusalReason.TooManyParticipants);
        }

        if (c.InbrengerId == c.GespreksleiderId && !solo)
        {
            return Decision.Refuse(RefusalReason.SameInbrengerAndGespreksleider);
        }

        if (!participants.Any(p => p.Id == c.InbrengerId))
        {
            return Decision.Refuse(RefusalReason.InbrengerNotAParticipant);
        }

        if (!participants.Any(p => p.Id == c.GespreksleiderId))
        {
            return Decision.Refuse(RefusalReason.GespreksleiderNotAParticipant);
        }

        int? hours = null;
        if (c.Mode == RoundMode.Spread)
        {
            if (c.PhaseDeadlineHours is not (>= MinDeadlineHours and <= MaxDeadlineHours))
            {
                return Decision.Refuse(RefusalReason.InvalidDeadlineHours);
            }

            hours = c.PhaseDeadlineHours;
        }
        else if (c.Mode != RoundMode.Live)
        {
            return Decision.Refuse(RefusalReason.InvalidCommand);
        }

        return Decision.Accept(new RoundStarted(
            time.GetUtcNow(), c.SessionId, c.ConversationKey, c.MethodId, c.InbrengerId, c.GespreksleiderId,
            participants, c.Mode, hours, c.StartedBy));
    }

    private Decision DecideSubmitCasus(RoundState state, MethodDefinition method, SubmitCasus c, DateTimeOffset now)
    {
        if (state.Status == RoundStatus.Closed)
        {
            return Decision.Refuse(RefusalReason.RoundClosed);
        }

        if (c.ActorId != state.InbrengerId)
        {
            return Decision.Refuse(RefusalReason.NotInbrenger);
        }

        if (state.Status != RoundStatus.AwaitingCasus)
        {
            return Decision.Refuse(RefusalReason.CasusAlreadySubmitted);
        }

        var title = c.Title?.Trim();
        var description = string.IsNullOrWhiteSpace(c.Description) ? null : c.Description.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return Decision.Refuse(RefusalReason.EmptyText);
        }

        if (title.Length > MaxCasusTitleLength || description?.Length > MaxCasusDescriptionLength)
        {
            return Decision.Refuse(RefusalReason.TextTooLong);
        }

        return Decision.Accept(
            new CasusSubmitted(now, new Casus(title, description, now)),
            new PhaseStarted(now, StartClock(state, method, 0, now)));
    }

    private Decision DecideContribute(RoundState state, MethodDefinition method, Contribute c, DateTimeOffset now)
    {
        if (StatusRefusal(state) is { } statusRefusal)
        {
            return Decision.Refuse(statusRefusal);
        }

        if (Blank(c.ActorId) || !state.IsParticipant(c.ActorId))
        {
            return Decision.Refuse(RefusalReason.NotAParticipant);
        }

        if (c.PhaseIndex != state.PhaseIndex)
        {
            return Decision.Refuse(RefusalReason.WrongPhase);
        }

        var phase = method.Phases[state.PhaseIndex];
        if (!phase.Collects.CollectsAnything)
        {
            return Decision.Refuse(RefusalReason.PhaseDoesNotCollectThis);
        }

        if (!RoundQueries.MayContribute(state, phase, c.ActorId))
        {
            return Decision.Refuse(RefusalReason.NotYourTurn);
        }

        string? text = null;
        string? option = null;
        if (phase.Collects.Kind == CollectKind.Choice)
        {
            if (c.ChoiceOptionId is null || c.Text is not null)
            {
                return Decision.Refuse(RefusalReason.PhaseDoesNotCollectThis);
            }

            if (!phase.Collects.Options.Any(o => o.Id == c.ChoiceOptionId))
            {
                return Decision.Refuse(RefusalReason.UnknownChoiceOption);
            }

            option = c.ChoiceOptionId;
        }
        else
        {
            if (c.ChoiceOptionId is not null)
            {
                return Decision.Refuse(RefusalReason.PhaseDoesNotCollectThis);
            }

            text = c.Text?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return Decision.Refuse(RefusalReason.EmptyText);
            }

            if (text.Length > (phase.CollectsReactions ? PhaseDefinition.MaxReactionLength : MaxContributionLength))
            {
                return Decision.Refuse(RefusalReason.TextTooLong);
            }
        }

        var mine = state.ContributionsIn(state.PhaseIndex).Where(x => x.AuthorId == c.ActorId).ToList();
        int sequence;
        var replaced = false;
        if (phase.Collects.ReplacesOnResubmit)
        {
            sequence = 1;
            replaced = mine.Count > 0;
        }
        else if (mine.Count >= phase.Collects.MaxPerMember)
        {
            return Decision.Refuse(RefusalReason.ContributionLimitReached);
        }
        else
        {
            sequence = mine.Count == 0 ? 1 : mine.Max(x => x.Sequence) + 1;
        }

        var contribution = new Contribution(
            Contribution.MakeId(state.PhaseIndex, c.ActorId, sequence),
            state.PhaseIndex,
            phase.Id,
            c.ActorId,
            sequence,
            text,
            option,
            now);
        List<RoundEvent> events = [new ContributionRecorded(now, contribution, replaced)];

        if (state.Mode == RoundMode.Spread)
        {
            var after = RoundEvolver.Apply(state, events[0]);
            if (RoundQueries.AllExpectedContributed(after, phase, state.PhaseIndex))
            {
                events.AddRange(CompletePhase(after, method, AdvanceReason.AllContributed, null, now));
            }
        }

        return Decision.Accept([.. events]);
    }

    private Decision DecideAdvance(RoundState state, MethodDefinition method, AdvancePhase c, DateTimeOffset now)
    {
        if (!IsModerator(state, c.ActorId))
        {
            return Decision.Refuse(RefusalReason.NotAllowedForActor);
        }

        if (state.Status == RoundStatus.Closed)
        {
            // A second click on the last phase's "afronden" finds the round completed at that same phase: nothing to do.
            return state.CloseReason == CloseReason.Completed && c.ExpectedPhaseIndex == state.PhaseIndex
                ? Decision.Nothing
                : Decision.Refuse(RefusalReason.RoundClosed);
        }

        if (StatusRefusal(state) is { } statusRefusal)
        {
            return Decision.Refuse(statusRefusal);
        }

        if (c.ExpectedPhaseIndex != state.PhaseIndex)
        {
            return Decision.Nothing;
        }

        return Decision.Accept([.. CompletePhase(state, method, AdvanceReason.ByModerator, c.ActorId, now)]);
    }

    private static Decision DecidePause(RoundState state, PauseRound c, DateTimeOffset now)
    {
        if (!IsModerator(state, c.ActorId))
        {
            return Decision.Refuse(RefusalReason.NotAllowedForActor);
        }

        return state.Status switch
        {
            RoundStatus.Closed => Decision.Refuse(RefusalReason.RoundClosed),
            RoundStatus.AwaitingCasus => Decision.Refuse(RefusalReason.AwaitingCasus),
            RoundStatus.Paused => Decision.Nothing,
            _ => Decision.Accept(new RoundPaused(now, c.ActorId)),
        };
    }

    private static Decision DecideResume(RoundState state, ResumeRound c, DateTimeOffset now)
    {
        if (!IsModerator(state, c.ActorId))
        {
            return Decision.Refuse(RefusalReason.NotAllowedForActor);
        }

        switch (state.Status)
        {
            case RoundStatus.Closed:
                return Decision.Refuse(RefusalReason.RoundClosed);
            case RoundStatus.AwaitingCasus:
                return Decision.Refuse(RefusalReason.AwaitingCasus);
            case RoundStatus.Running:
                return Decision.Nothing;
        }

        var pausedFor = now - (state.PausedAt ?? now);
        if (pausedFor < TimeSpan.Zero)
        {
            pausedFor = TimeSpan.Zero;
        }

        return Decision.Accept(new RoundResumed(now, c.ActorId, pausedFor, state.Clock?.ShiftedBy(pausedFor)));
    }

    private static Decision DecideClose(RoundState state, MethodDefinition method, CloseRound c, DateTimeOffset now)
    {
        if (!IsModerator(state, c.ActorId))
        {
            return Decision.Refuse(RefusalReason.NotAllowedForActor);
        }

        if (state.Status == RoundStatus.Closed)
        {
            return Decision.Nothing;
        }

        var summary = RoundSummaryBuilder.Build(state, method, CloseReason.ClosedEarly, now);
        return Decision.Accept(new RoundClosed(now, CloseReason.ClosedEarly, c.ActorId, summary));
    }

    private static Decision DecideDeadline(RoundState state, MethodDefinition method, DeadlinePassed c, DateTimeOffset now)
    {
        if (state.Status != RoundStatus.Running || state.Mode != RoundMode.Spread || c.PhaseIndex != state.PhaseIndex
            || state.Clock is not { DeadlineAt: { } deadline } || now < deadline)
        {
            return Decision.Nothing;
        }

        return Decision.Accept([.. CompletePhase(state, method, AdvanceReason.DeadlinePassed, null, now)]);
    }

    private static Decision DecideCheckComplete(RoundState state, MethodDefinition method, CheckPhaseComplete c, DateTimeOffset now)
    {
        if (state.Status != RoundStatus.Running || state.Mode != RoundMode.Spread || c.PhaseIndex != state.PhaseIndex
            || !RoundQueries.AllExpectedContributed(state, method.Phases[state.PhaseIndex], state.PhaseIndex))
        {
            return Decision.Nothing;
        }

        return Decision.Accept([.. CompletePhase(state, method, AdvanceReason.AllContributed, null, now)]);
    }

    private static Decision DecideReminder(RoundState state, MethodDefinition method, RemindNonContributors c, DateTimeOffset now)
    {
        if (state.Status != RoundStatus.Running || state.Mode != RoundMode.Spread || c.PhaseIndex != state.PhaseIndex
            || state.Clock is not { ReminderDueAt: { } due, DeadlineAt: { } deadline, ReminderSent: false }
            || now < due || now >= deadline)
        {
            return Decision.Nothing;
        }

        var pending = RoundQueries.PendingContributors(state, method.Phases[state.PhaseIndex], state.PhaseIndex);
        return Decision.Accept(new NonContributorsReminded(now, state.PhaseIndex, pending));
    }

    private static Decision DecideJoin(RoundState state, JoinRound c, DateTimeOffset now)
    {
        if (c.Participant is null || Blank(c.Participant.Id))
        {
            return Decision.Refuse(RefusalReason.InvalidCommand);
        }

        if (state.Status == RoundStatus.Closed)
        {
            return Decision.Refuse(RefusalReason.RoundClosed);
        }

        if (state.IsParticipant(c.Participant.Id))
        {
            return Decision.Nothing;
        }

        return state.Participants.Count >= MaxParticipants
            ? Decision.Refuse(RefusalReason.TooManyParticipants)
            : Decision.Accept(new ParticipantJoined(now, c.Participant));
    }

    private Decision DecideOpen(OpenRound c) =>
        Blank(c.ConversationKey) || Blank(c.StartedBy)
            ? Decision.Refuse(RefusalReason.InvalidCommand)
            : Decision.Accept(new RoundOpened(time.GetUtcNow(), c.SessionId, c.ConversationKey, c.StartedBy, c.AsksAgreement, c.MethodId));

    private static Decision DecideOptIn(RoundState state, OptIn c, DateTimeOffset now)
    {
        if (c.Participant is null || Blank(c.Participant.Id) || c.History is null)
        {
            return Decision.Refuse(RefusalReason.InvalidCommand);
        }

        if (GatheringRefusal(state) is { } refusal)
        {
            return Decision.Refuse(refusal);
        }

        if (state.IsParticipant(c.Participant.Id))
        {
            return Decision.Nothing;
        }

        if (state.Participants.Count >= MaxParticipants)
        {
            return Decision.Refuse(RefusalReason.TooManyParticipants);
        }

        var (inbrenger, gespreksleider) = Propose([.. state.Participants.Select(p => p.Id), c.Participant.Id], c.History);
        return Decision.Accept(new ParticipantOptedIn(now, c.Participant, inbrenger, gespreksleider));
    }

    private static Decision DecideOptOut(RoundState state, OptOut c, DateTimeOffset now)
    {
        if (Blank(c.ActorId) || c.History is null)
        {
            return Decision.Refuse(RefusalReason.InvalidCommand);
        }

        if (GatheringRefusal(state) is { } refusal)
        {
            return Decision.Refuse(refusal);
        }

        if (!state.IsParticipant(c.ActorId))
        {
            return Decision.Nothing;
        }

        var (inbrenger, gespreksleider) = Propose([.. state.Participants.Select(p => p.Id).Where(id => id != c.ActorId)], c.History);
        return Decision.Accept(new ParticipantOptedOut(now, c.ActorId, inbrenger, gespreksleider));
    }

    private Decision DecideBegin(RoundState state, BeginRound c, DateTimeOffset now)
    {
        if (GatheringRefusal(state) is { } refusal)
        {
            return Decision.Refuse(refusal);
        }

        if (Blank(c.ActorId) || !state.IsParticipant(c.ActorId))
        {
            return Decision.Refuse(RefusalReason.NotAParticipant);
        }

        if (methods.Find(c.MethodId ?? "") is not { } method)
        {
            return Decision.Refuse(RefusalReason.UnknownMethod);
        }

        var inbrenger = Blank(c.InbrengerId) ? state.InbrengerId : c.InbrengerId!;
        var gespreksleider = Blank(c.GespreksleiderId) ? state.GespreksleiderId : c.GespreksleiderId!;
        var participants = state.Participants;
        var solo = IsSoloRound(participants, inbrenger, gespreksleider);
        if (participants.Count < MinParticipants && !solo)
        {
            return Decision.Refuse(RefusalReason.TooFewParticipants);
        }

        if (inbrenger == gespreksleider && !solo)
        {
            return Decision.Refuse(RefusalReason.SameInbrengerAndGespreksleider);
        }

        if (!state.IsParticipant(inbrenger))
        {
            return Decision.Refuse(RefusalReason.InbrengerNotAParticipant);
        }

        if (!state.IsParticipant(gespreksleider))
        {
            return Decision.Refuse(RefusalReason.GespreksleiderNotAParticipant);
        }

        var tijdbewaker = Blank(c.TijdbewakerId) ? null : c.TijdbewakerId;
        if (tijdbewaker is not null && !state.IsParticipant(tijdbewaker))
        {
            return Decision.Refuse(RefusalReason.TijdbewakerNotAParticipant);
        }

        int? hours = null;
        if (c.Mode == RoundMode.Spread)
        {
            if (method.IsLiveOnly)
            {
                return Decision.Refuse(RefusalReason.MethodIsLiveOnly);
            }

            if (c.PhaseDeadlineHours is not (>= MinDeadlineHours and <= MaxDeadlineHours))
            {
                return Decision.Refuse(RefusalReason.InvalidDeadlineHours);
            }

            hours = c.PhaseDeadlineHours;
        }
        else if (c.Mode != RoundMode.Live)
        {
            return Decision.Refuse(RefusalReason.InvalidCommand);
        }

        return Decision.Accept(new RoundBegun(now, method.Id, inbrenger, gespreksleider, c.Mode, hours, tijdbewaker));
    }

    /// <summary>A gathering round is closed by the one who opened it or by anyone who joined.</summary>
    private static Decision DecideCloseGathering(RoundState state, CloseRound c, DateTimeOffset now) =>
        !Blank(c.ActorId) && (c.ActorId == state.StartedBy || state.IsParticipant(c.ActorId))
            ? Decision.Accept(new RoundClosed(now, CloseReason.ClosedEarly, c.ActorId, null))
            : Decision.Refuse(RefusalReason.NotAllowedForActor);

    private static Decision DecideWithdraw(RoundState state, WithdrawCasus c, DateTimeOffset now)
    {
        if (c.ActorId != state.InbrengerId)
        {
            return Decision.Refuse(RefusalReason.NotInbrenger);
        }

        if (state.Status == RoundStatus.Closed)
        {
            return state.CloseReason == CloseReason.Withdrawn ? Decision.Nothing : Decision.Refuse(RefusalReason.RoundClosed);
        }

        return Decision.Accept(new CasusWithdrawn(now, c.ActorId), new RoundClosed(now, CloseReason.Withdrawn, c.ActorId, null));
    }

    /// <summary>
    /// Spread over days, the inbrenger answers a question of the current phase (one that takes answers): its own questions,
    /// or those of the phase it reveals. The answer is a contribution of its own, one per question (again: replaced).
    /// </summary>
    private static Decision DecideAnswer(RoundState state, MethodDefinition method, AnswerQuestion c, DateTimeOffset now)
    {
        if (StatusRefusal(state) is { } statusRefusal)
        {
            return Decision.Refuse(statusRefusal);
        }

        if (c.ActorId != state.InbrengerId)
        {
            return Decision.Refuse(RefusalReason.NotInbrenger);
        }

        if (c.PhaseIndex != state.PhaseIndex)
        {
            return Decision.Refuse(RefusalReason.WrongPhase);
        }

        var questionsPhase = method.QuestionsPhaseOf(state.PhaseIndex);
        if (state.Mode != RoundMode.Spread || questionsPhase < 0
            || !state.ContributionsIn(questionsPhase).Any(q => q.Id == c.QuestionId && q.AuthorId != state.InbrengerId))
        {
            return Decision.Refuse(RefusalReason.NoSuchQuestion);
        }

        if (CleanText(c.Text, MaxContributionLength) is not { } text)
        {
            return Decision.Refuse(string.IsNullOrWhiteSpace(c.Text) ? RefusalReason.EmptyText : RefusalReason.TextTooLong);
        }

        var id = Contribution.MakeAnswerId(c.QuestionId);
        var replaced = state.AnswerTo(c.QuestionId) is not null;
        var answer = new Contribution(id, state.PhaseIndex, method.Phases[state.PhaseIndex].Id, c.ActorId, 1, text, null, now);
        return Decision.Accept(new ContributionRecorded(now, answer, replaced));
    }

    /// <summary>Choosing the incident: a member who joined (not the inbrenger) proposes a casus in one line.</summary>
    private static Decision DecidePropose(RoundState state, MethodDefinition method, ProposeCasus c, DateTimeOffset now)
    {
        if (ChoosingRefusal(state, method) is { } refusal)
        {
            return Decision.Refuse(refusal);
        }

        if (Blank(c.ActorId) || !state.IsParticipant(c.ActorId))
        {
            return Decision.Refuse(RefusalReason.NotAParticipant);
        }

        if (c.ActorId == state.InbrengerId)
        {
            return Decision.Refuse(RefusalReason.NotYourTurn);
        }

        var line = c.Text is null ? null : string.Join(' ', c.Text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (CleanText(line, MaxCasusTitleLength) is not { } text)
        {
            return Decision.Refuse(string.IsNullOrWhiteSpace(line) ? RefusalReason.EmptyText : RefusalReason.TextTooLong);
        }

        var id = Contribution.MakeProposalId(c.ActorId);
        var replaced = state.Proposals.Any(p => p.Id == id);
        var proposal = new Contribution(id, state.PhaseIndex, method.Phases[state.PhaseIndex].Id, c.ActorId, 1, text, null, now);
        return Decision.Accept(new ContributionRecorded(now, proposal, replaced));
    }

    /// <summary>
    /// The gespreksleider picks a proposal: its author becomes the inbrenger and the proposal the casus, in place. Waiting for
    /// the casus, the first phase starts now; in the step where the group chooses, the round stays in that step.
    /// </summary>
    private static Decision DecideChooseCasus(RoundState state, MethodDefinition method, ChooseCasus c, DateTimeOffset now)
    {
        if (!IsModerator(state, c.ActorId))
        {
            return Decision.Refuse(RefusalReason.NotAllowedForActor);
        }

        if (ChoosingRefusal(state, method) is { } refusal)
        {
            return Decision.Refuse(refusal);
        }

        if (state.Proposals.FirstOrDefault(p => p.AuthorId == c.ProposerId) is not { Text: { } title } || !state.IsParticipant(c.ProposerId))
        {
            return Decision.Refuse(RefusalReason.NoSuchProposal);
        }

        if (c.ProposerId == state.GespreksleiderId)
        {
            return Decision.Refuse(RefusalReason.SameInbrengerAndGespreksleider);
        }

        if (c.ProposerId == state.InbrengerId)
        {
            return Decision.Nothing;
        }

        if (state.Status == RoundStatus.AwaitingCasus)
        {
            var chosen = new CasusChosen(now, c.ProposerId, new Casus(title, null, now));
            return Decision.Accept(chosen, new PhaseStarted(now, StartClock(state, method, 0, now)));
        }

        // The casus keeps its first moment: the rotation's entry for this round moves to the new inbrenger.
        return Decision.Accept(new CasusChosen(now, c.ProposerId, new Casus(title, null, state.Casus!.SubmittedAt)));
    }

    /// <summary>The gespreksleider chooses (or changes, or clears) the tijdbewaker among those who joined.</summary>
    private static Decision DecideTijdbewaker(RoundState state, ChooseTijdbewaker c, DateTimeOffset now)
    {
        if (!IsModerator(state, c.ActorId))
        {
            return Decision.Refuse(RefusalReason.NotAllowedForActor);
        }

        if (state.Status == RoundStatus.Closed)
        {
            return Decision.Refuse(RefusalReason.RoundClosed);
        }

        var tijdbewaker = Blank(c.TijdbewakerId) ? null : c.TijdbewakerId;
        if (tijdbewaker is not null && !state.IsParticipant(tijdbewaker))
        {
            return Decision.Refuse(RefusalReason.TijdbewakerNotAParticipant);
        }

        return tijdbewaker == state.TijdbewakerId ? Decision.Nothing : Decision.Accept(new TijdbewakerChosen(now, tijdbewaker));
    }

    /// <summary>Proposing and choosing a casus: while the round waits for its casus, or in the step where the group chooses it.</summary>
    private static RefusalReason? ChoosingRefusal(RoundState state, MethodDefinition method) => state.Status switch
    {
        RoundStatus.Closed => RefusalReason.RoundClosed,
        RoundStatus.Paused => RefusalReason.RoundPaused,
        RoundStatus.AwaitingCasus => null,
        _ => method.Phases[state.PhaseIndex].ChoosesCasus ? null : RefusalReason.NotChoosingCasus,
    };

    /// <summary>The trimmed text when it is not empty and at most <paramref name="maxLength"/> characters; else null.</summary>
    private static string? CleanText(string? value, int maxLength)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) || text.Length > maxLength ? null : text;
    }

    private static RefusalReason? GatheringRefusal(RoundState state) => state.Status switch
    {
        RoundStatus.Gathering => null,
        RoundStatus.Closed => RefusalReason.RoundClosed,
        _ => RefusalReason.RoundAlreadyBegun,
    };

    /// <summary>The fair rotation's proposal among <paramref name="joined"/> (one person: both roles, a try-out alone).</summary>
    private static (string Inbrenger, string Gespreksleider) Propose(IReadOnlyList<string> joined, IReadOnlyList<RotationHistoryEntry> history)
    {
        var suggestion = RotationAdvisor.Suggest([.. joined.Select(id => new RotationMember(id))], history);
        var inbrenger = suggestion.InbrengerId ?? "";
        return (inbrenger, joined.Count == 1 ? inbrenger : suggestion.GespreksleiderId ?? "");
    }

    /// <summary>Completes the current phase and starts the next one, or completes the round after the last phase.</summary>
    private static IEnumerable<RoundEvent> CompletePhase(
        RoundState state, MethodDefinition method, AdvanceReason reason, string? actorId, DateTimeOffset now)
    {
        yield return new PhaseCompleted(now, state.PhaseIndex, reason);
        var next = state.PhaseIndex + 1;
        if (next < method.Phases.Count)
        {
            yield return new PhaseStarted(now, StartClock(state, method, next, now));
        }
        else
        {
            var summary = RoundSummaryBuilder.Build(state, method, CloseReason.Completed, now);
            yield return new RoundClosed(now, CloseReason.Completed, actorId, summary);
        }
    }

    private static PhaseClock StartClock(RoundState state, MethodDefinition method, int phaseIndex, DateTimeOffset now)
    {
        var timeboxEnds = now.AddMinutes(method.Phases[phaseIndex].TimeboxMinutes);
        if (state.Mode != RoundMode.Spread || state.PhaseDeadlineHours is not { } hours)
        {
            return new PhaseClock(phaseIndex, now, timeboxEnds, null, null, false);
        }

        var span = TimeSpan.FromHours(hours);
        return new PhaseClock(phaseIndex, now, timeboxEnds, now + span, now + (span * ReminderAtFraction), false);
    }

    private static RefusalReason? StatusRefusal(RoundState state) => state.Status switch
    {
        RoundStatus.Closed => RefusalReason.RoundClosed,
        RoundStatus.Paused => RefusalReason.RoundPaused,
        RoundStatus.AwaitingCasus => RefusalReason.AwaitingCasus,
        _ => null,
    };

    /// <summary>Round powers over the phases belong to the gespreksleider alone; no one (a teamleider neither) is above the group.</summary>
    private static bool IsModerator(RoundState state, string actorId) =>
        !Blank(actorId) && actorId == state.GespreksleiderId;

    /// <summary>
    /// A team of one (a try-out, or a very small team) may run a round alone: the only participant is both inbrenger and
    /// gespreksleider. With two or more participants the roles are always two different people.
    /// </summary>
    private static bool IsSoloRound(IReadOnlyList<Participant> participants, string inbrengerId, string gespreksleiderId) =>
        participants.Count == 1 && participants[0].Id == inbrengerId && inbrengerId == gespreksleiderId;

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    private readonly record struct Decision(IReadOnlyList<RoundEvent> Events, RefusalReason? Refusal)
    {
        public static Decision Nothing => new(NoEvents, null);

        public static Decision Accept(params RoundEvent[] events) => new(events, null);

        public static Decision Refuse(RefusalReason reason) => new(NoEvents, reason);
    }
}
