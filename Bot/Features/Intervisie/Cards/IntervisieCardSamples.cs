using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Lessons.FollowUp.Domain;

namespace IntervisieBot.Features.Intervisie.Cards;

/// <summary>
/// Every intervisie card with invented data: the start card, the casus card, every phase of every method (the shared card,
/// and the largest case: 60 members with the longest contributions allowed), paused, closed, the summary and the refusals.
/// The rounds are played through the real engine, so the samples show what a round really produces.
/// </summary>
public sealed class IntervisieCardSamples(IMethodRegistry methods) : ICardSampleSource
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public IEnumerable<CardSample> GetSamples(CultureInfo culture)
    {
        var team = Team(5);
        yield return new CardSample("intervisie.start", StartCard.Create(culture, methods.All, [.. team.Select(p => (p.Id, p.DisplayName))], team[0].Id, team[1].Id));
        yield return new CardSample("intervisie.start.solo", StartCard.Create(culture, methods.All, [(team[0].Id, team[0].DisplayName)], team[0].Id, team[0].Id));

        var gathering = Gathering(team);
        var gatheringModel = new RoundCardModel(gathering, methods.All[0], [], []) { Methods = methods.All };
        yield return new CardSample("intervisie.start.gathering", RoundCard.Create(culture, gatheringModel, RoundViewer.Everyone));
        yield return new CardSample("intervisie.start.gathering.joined", RoundCard.Create(culture, gatheringModel, new RoundViewer(team[0].Id, false)));
        yield return new CardSample("intervisie.start.gathering.split", RoundCard.Create(culture, gatheringModel with { State = Gathering(Team(10)) }, RoundViewer.Everyone));

        foreach (var method in methods.All.Where(m => m.Id is "vijfstappenmethode" or "incidentmethode" or "roddelmethode"))
        {
            var small = new SampleRound(methods, method, Team(5), RoundMode.Live, longTexts: false);
            var prefix = "intervisie." + method.Id;
            yield return new CardSample(prefix + ".casus", RoundCard.Create(culture, small.Model([new RoundLookBackItem(LookBackText(culture))]), RoundViewer.Everyone));
            yield return new CardSample(prefix + ".casus.member", RoundCard.Create(culture, small.Model([]), new RoundViewer(small.State.Participants[2].Id, false)));
            small.SubmitCasus();
            var big = new SampleRound(methods, method, Team(60), RoundMode.Spread, longTexts: true);
            big.SubmitCasus();
            for (var i = 0; i < method.Phases.Count; i++)
            {
                var phase = method.Phases[i].Id;
                small.ContributeAll();
                big.ContributeAll();
                big.AnswerAll();
                if (method.Phases[i].ChoosesCasus)
                {
                    small.ProposeCasus(2);
                    small.ProposeCasus(3);
                    yield return new CardSample($"{prefix}.phase.{i + 1:D2}.{phase}.gespreksleider", RoundCard.Create(culture, small.Model([]), new RoundViewer(small.State.GespreksleiderId, true)));
                }

                yield return new CardSample($"{prefix}.phase.{i + 1:D2}.{phase}", RoundCard.Create(culture, small.Model([]), RoundViewer.Everyone));
                yield return new CardSample($"{prefix}.phase.{i + 1:D2}.{phase}.large", RoundCard.Create(culture, big.Model([]), RoundViewer.Everyone));
                yield return new CardSample($"{prefix}.phase.{i + 1:D2}.{phase}.member", RoundCard.Create(culture, small.Model([]), new RoundViewer(small.State.Participants[2].Id, false)));
                if (i < method.Phases.Count - 1)
                {
                    small.Advance();
                    big.Advance();
                }
            }

            small.Pause();
            yield return new CardSample(prefix + ".nudge", RoundCard.Nudge(culture, big.State, method.Phases[big.State.PhaseIndex]));
            yield return new CardSample(prefix + ".tijdbewaker-nudge", RoundCard.TimeboxNudge(culture, method.Phases[small.State.PhaseIndex]));
            yield return new CardSample(prefix + ".paused", RoundCard.Create(culture, small.Model([]), RoundViewer.Everyone));
            small.Resume();
            small.Advance();
            big.Advance();
            yield return new CardSample(prefix + ".closed", RoundCard.Create(culture, small.Model([]), RoundViewer.Everyone));
            yield return new CardSample(prefix + ".summary", SummaryCard.Create(culture, small.Summary(), small.State, method));
            yield return new CardSample(prefix + ".summary.large", SummaryCard.Create(culture, big.Summary(), big.State, method));
        }

        yield return new CardSample("intervisie.refusal", Handlers.IntervisieRoutes.RefusalCard(culture, RefusalReason.NotAllowedForActor));
        yield return new CardSample("intervisie.already-active", Handlers.IntervisieRoutes.AlreadyActive(culture));
        yield return new CardSample("intervisie.already-active-gespreksleider", Handlers.IntervisieRoutes.AlreadyActive(culture, "0123456789abcdef0123456789abcdef", canClose: true));
        yield return new CardSample("intervisie.only-in-team", Handlers.IntervisieRoutes.OnlyInTeam(culture));
    }

    /// <summary>A round gathering participants: everyone in <paramref name="joined"/> chose "Ik doe mee".</summary>
    private static RoundState Gathering(IReadOnlyList<Participant> joined) => new()
    {
        SessionId = "0123456789abcdef0123456789abcdef",
        ConversationKey = "tenant|19:kanaal",
        MethodId = "",
        InbrengerId = joined[0].Id,
        GespreksleiderId = joined.Count > 1 ? joined[1].Id : joined[0].Id,
        Participants = joined,
        Mode = RoundMode.Live,
        Status = RoundStatus.Gathering,
        StartedBy = joined[0].Id,
        CreatedAt = Start,
        Version = joined.Count + 1,
    };

    private static string LookBackText(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en"
        ? "Plan the first conversation with a new client together with the debt counsellor"
        : "Plan het eerste gesprek met een nieuwe klant samen met de schuldhulpverlener";

    private static List<Participant> Team(int size) =>
        [.. Enumerable.Range(1, size).Select(i => new Participant($"00000000-0000-0000-0000-{i:D12}", $"Klantmanager {i:D2}"))];

    /// <summary>A round played through the real engine on a fixed clock.</summary>
    private sealed class SampleRound
    {
        private readonly RoundEngine _engine;
        private readonly MethodDefinition _method;
        private readonly StepClock _clock = new(Start);
        private readonly bool _longTexts;

        public SampleRound(IMethodRegistry methods, MethodDefinition method, List<Participant> team, RoundMode mode, bool longTexts)
        {
            _engine = new RoundEngine(methods, _clock);
            _method = method.For(mode);
            _longTexts = longTexts;
            State = Accept(new StartRound("0123456789abcdef0123456789abcdef", "tenant|19:sample@thread.tacv2", method.Id, team[0].Id, team[1].Id, team,
                mode, mode == RoundMode.Spread ? 48 : null, team[1].Id), null);
        }

        public RoundState State { get; private set; }

        public RoundCardModel Model(IReadOnlyList<RoundLookBackItem> lookBack) =>
            new(State, _method, lookBack, [.. State.Participants.Take(CardRefresh.MaxUserIds).Select(p => "29:" + p.Id)]);

        public void SubmitCasus() => State = Accept(new SubmitCasus(State.SessionId, State.InbrengerId,
            "Klant komt afspraken niet na en reageert niet op brieven",
            "Een man van rond de 50, al twee jaar in de bijstand. Hij zegt gemotiveerd te zijn maar komt niet naar afspraken. Schulden spelen mee."), State);

        public void ContributeAll()
        {
            var phase = _method.Phases[State.PhaseIndex];
            if (!phase.Collects.CollectsAnything) return;
            var per = phase.Collects.Kind == CollectKind.MemberTexts ? phase.Collects.MaxPerMember : 1;
            foreach (var member in State.Participants.Where(p => RoundQueries.MayContribute(State, phase, p.Id)))
            {
                for (var n = 0; n < per && State.Status == RoundStatus.Running && State.PhaseIndex == _method.IndexOf(phase.Id); n++)
                {
                    _clock.Step();
                    var option = phase.Collects.Kind == CollectKind.Choice ? phase.Collects.Options[(member.DisplayName.Length + n) % phase.Collects.Options.Count].Id : null;
                    var text = option is null ? Text(member, n) : null;
                    if (text is not null && phase.CollectsReactions) text = text[..Math.Min(text.Length, PhaseDefinition.MaxReactionLength)];
                    var result = _engine.Decide(State, new Contribute(State.SessionId, member.Id, State.PhaseIndex, text, option));
                    if (result is RoundAccepted accepted) State = RoundEvolver.ApplyAll(State, accepted.Events.OfType<ContributionRecorded>())!;
                }
            }
        }

        /// <summary>Spread over days, in a phase that takes answers: the inbrenger answers every question.</summary>
        public void AnswerAll()
        {
            var questions = _method.QuestionsPhaseOf(State.PhaseIndex);
            if (State.Mode != RoundMode.Spread || questions < 0) return;
            foreach (var question in State.ContributionsIn(questions).Where(q => q.AuthorId != State.InbrengerId).ToList())
            {
                _clock.Step();
                var inbrenger = State.Participants.First(p => p.Id == State.InbrengerId);
                var result = _engine.Decide(State, new AnswerQuestion(State.SessionId, State.InbrengerId, State.PhaseIndex, question.Id, Text(inbrenger, 0)));
                if (result is RoundAccepted accepted) State = accepted.State;
            }
        }

        /// <summary>Participant <paramref name="index"/> proposes a casus in one line.</summary>
        public void ProposeCasus(int index) => State = Accept(new ProposeCasus(State.SessionId, State.Participants[index].Id,
            $"Klant die niet komt opdagen, voorgesteld door {State.Participants[index].DisplayName}"), State);

        public void Advance() => State = Accept(new AdvancePhase(State.SessionId, State.GespreksleiderId, State.PhaseIndex), State);

        public void Pause() => State = Accept(new PauseRound(State.SessionId, State.GespreksleiderId), State);

        public void Resume() => State = Accept(new ResumeRound(State.SessionId, State.GespreksleiderId), State);

        public RoundSummary Summary() => RoundSummaryBuilder.Build(State, _method, State.CloseReason ?? CloseReason.ClosedEarly, State.ClosedAt ?? Start)!;

        private string Text(Participant member, int n)
        {
            var text = $"Bijdrage {n + 1} van {member.DisplayName}: vraag eerst wat de klant zelf als eerste stap ziet en spreek samen één haalbare afspraak af.";
            if (!_longTexts) return text;
            while (text.Length < RoundEngine.MaxContributionLength - 60) text += " Bespreek ook wie er in het netwerk kan helpen en wat er nodig is.";
            return text[..Math.Min(text.Length, RoundEngine.MaxContributionLength)];
        }

        private RoundState Accept(IntervisieCommand command, RoundState? state)
        {
            _clock.Step();
            var result = _engine.Decide(state, command);
            return result is RoundAccepted accepted
                ? accepted.State
                : throw new InvalidOperationException($"Sample round refused {command.GetType().Name}: {((RoundRefused)result).Reason}");
        }
    }

    /// <summary>A clock that moves one minute per step, so sample contributions have an order.</summary>
    private sealed class StepClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public void Step() => _now = _now.AddMinutes(1);

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
