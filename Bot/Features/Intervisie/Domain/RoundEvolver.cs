namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// Applies events to state. Pure and total: the same events always give the same state, so a round can be rebuilt
/// after a restart from what was stored.
/// </summary>
public static class RoundEvolver
{
    public static RoundState Apply(RoundState? state, RoundEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        if (@event is RoundOpened or RoundStarted && state is not null)
        {
            throw new InvalidOperationException($"{@event.GetType().Name} can only begin a new round.");
        }

        if (@event is RoundOpened opened)
        {
            // Gathering: nobody has joined, no roles yet and at most a preselected method (RoundBegun sets them).
            return new RoundState
            {
                SessionId = opened.SessionId, ConversationKey = opened.ConversationKey, MethodId = opened.MethodId ?? "", InbrengerId = "", GespreksleiderId = "",
                Participants = [], Mode = RoundMode.Live, Status = RoundStatus.Gathering, StartedBy = opened.StartedBy, CreatedAt = opened.At, Version = 1,
                AsksAgreement = opened.AsksAgreement,
            };
        }

        if (@event is RoundStarted started)
        {
            return new RoundState
            {
                SessionId = started.SessionId, ConversationKey = started.ConversationKey, MethodId = started.MethodId, InbrengerId = started.InbrengerId,
                GespreksleiderId = started.GespreksleiderId, Participants = started.Participants, Mode = started.Mode, PhaseDeadlineHours = started.PhaseDeadlineHours,
                Status = RoundStatus.AwaitingCasus, StartedBy = started.StartedBy, CreatedAt = started.At, Version = 1,
            };
        }

        if (state is null)
        {
            throw new InvalidOperationException($"{@event.GetType().Name} needs an existing round.");
        }

        return @event switch
        {
            CasusSubmitted e => Bump(state with { Casus = e.Casus, Status = RoundStatus.Running }),
            PhaseStarted e => Bump(state with { PhaseIndex = e.Clock.PhaseIndex, Clock = e.Clock }),
            PhaseCompleted => Bump(state),
            ContributionRecorded e => state with { Contributions = Upsert(state.Contributions, e.Contribution) },
            NonContributorsReminded => Bump(state with { Clock = state.Clock! with { ReminderSent = true } }),
            RoundPaused e => Bump(state with { Status = RoundStatus.Paused, PausedAt = e.At }),
            RoundResumed e => Bump(state with { Status = RoundStatus.Running, PausedAt = null, Clock = e.Clock }),
            RoundClosed e => Bump(state with { Status = RoundStatus.Closed, CloseReason = e.Reason, ClosedAt = e.At, PausedAt = null }),
            ParticipantOptedIn e => Bump(state with
            {
                Participants = [.. state.Participants, e.Participant], InbrengerId = e.ProposedInbrengerId, GespreksleiderId = e.ProposedGespreksleiderId,
            }),
            ParticipantOptedOut e => Bump(state with
            {
                Participants = [.. state.Participants.Where(p => p.Id != e.MemberId)], InbrengerId = e.ProposedInbrengerId, GespreksleiderId = e.ProposedGespreksleiderId,
            }),
            RoundBegun e => Bump(state with
            {
                Status = RoundStatus.AwaitingCasus, MethodId = e.MethodId, InbrengerId = e.InbrengerId, GespreksleiderId = e.GespreksleiderId,
                Mode = e.Mode, PhaseDeadlineHours = e.PhaseDeadlineHours, TijdbewakerId = e.TijdbewakerId,
            }),
            CasusChosen e => Bump(state with { InbrengerId = e.InbrengerId, Casus = e.Casus, Status = RoundStatus.Running }),
            TijdbewakerChosen e => Bump(state with { TijdbewakerId = e.TijdbewakerId }),
            CasusWithdrawn => Bump(state with { Casus = null }),
            ParticipantJoined e => Bump(state with { Participants = [.. state.Participants, e.Participant] }),
            _ => throw new InvalidOperationException($"Unknown round event {@event.GetType().Name}."),
        };
    }

    public static RoundState? ApplyAll(RoundState? state, IEnumerable<RoundEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var @event in events)
        {
            state = Apply(state, @event);
        }

        return state;
    }

    private static RoundState Bump(RoundState state) => state with { Version = state.Version + 1 };

    private static IReadOnlyList<Contribution> Upsert(IReadOnlyList<Contribution> contributions, Contribution contribution)
    {
        var list = contributions.ToList();
        var index = list.FindIndex(c => c.Id == contribution.Id);
        if (index >= 0)
        {
            list[index] = contribution;
        }
        else
        {
            list.Add(contribution);
        }

        return list;
    }
}
