using IntervisieBot.Features.Intervisie.Domain;
using static IntervisieBot.Tests.Intervisie.IntervisieTestData;

namespace IntervisieBot.Tests.Intervisie.Domain;

public sealed class RoundRefusalTests
{
    private static readonly Participant[] Pair = [new(Inbrenger, "A"), new(Gespreksleider, "B")];

    public static TheoryData<string, StartRound, RefusalReason> BadStarts => new()
    {
        { "unknown method", StartCommand("visgraatmethode"), RefusalReason.UnknownMethod },
        { "same person twice", StartCommand("vijfstappenmethode") with { GespreksleiderId = Inbrenger }, RefusalReason.SameInbrengerAndGespreksleider },
        { "inbrenger outside", StartCommand("vijfstappenmethode") with { InbrengerId = Outsider }, RefusalReason.InbrengerNotAParticipant },
        { "gespreksleider outside", StartCommand("vijfstappenmethode") with { GespreksleiderId = Outsider }, RefusalReason.GespreksleiderNotAParticipant },
        { "one participant", StartCommand("vijfstappenmethode") with { Participants = [Team[0]] }, RefusalReason.TooFewParticipants },
        { "duplicates collapse to one", StartCommand("vijfstappenmethode") with { Participants = [Team[0], Team[0]] }, RefusalReason.TooFewParticipants },
        { "101 participants", StartCommand("vijfstappenmethode") with { Participants = [.. Pair, .. Enumerable.Range(0, 99).Select(i => new Participant($"km-x{i}", "X"))] }, RefusalReason.TooManyParticipants },
        { "spread without hours", StartCommand("vijfstappenmethode", RoundMode.Spread, null), RefusalReason.InvalidDeadlineHours },
        { "spread zero hours", StartCommand("vijfstappenmethode", RoundMode.Spread, 0), RefusalReason.InvalidDeadlineHours },
        { "spread over two weeks", StartCommand("vijfstappenmethode", RoundMode.Spread, (14 * 24) + 1), RefusalReason.InvalidDeadlineHours },
        { "undefined mode", StartCommand("vijfstappenmethode", (RoundMode)7, 4), RefusalReason.InvalidCommand },
        { "blank conversation", StartCommand("vijfstappenmethode") with { ConversationKey = " " }, RefusalReason.InvalidCommand },
        { "blank session", StartCommand("vijfstappenmethode") with { SessionId = "" }, RefusalReason.InvalidCommand },
    };

    [Theory]
    [MemberData(nameof(BadStarts))]
    public void Decide_InvalidStart_IsRefused(string because, StartRound command, RefusalReason expected)
    {
        var round = new RoundHarness();

        Assert.True(expected == round.Refuse(command), because);
        Assert.Null(round.State);
    }

    [Fact]
    public void Decide_StartAtTheEdges_IsAccepted()
    {
        Assert.Equal(RoundStatus.AwaitingCasus, new RoundHarness().Accept(StartCommand("vijfstappenmethode") with { Participants = Pair }).State.Status);
        Assert.Equal(336, new RoundHarness().Accept(StartCommand("vijfstappenmethode", RoundMode.Spread, 336)).State.PhaseDeadlineHours);
        Assert.Null(new RoundHarness().Accept(StartCommand("vijfstappenmethode", RoundMode.Live, 12)).State.PhaseDeadlineHours);
    }

    [Fact]
    public void Decide_StartTwice_IsRefused()
    {
        var round = RoundHarness.Started("vijfstappenmethode");

        Assert.Equal(RefusalReason.RoundAlreadyStarted, round.Refuse(StartCommand("incidentmethode")));
    }

    [Fact]
    public void Decide_NoRound_IsRefused()
    {
        Assert.Equal(RefusalReason.RoundNotFound, new RoundHarness().Refuse(new AdvancePhase(Session, Gespreksleider, 0)));
    }

    [Fact]
    public void Decide_ForgedSessionId_IsRefused()
    {
        var round = RoundHarness.Started("vijfstappenmethode");

        Assert.Equal(RefusalReason.SessionMismatch, round.Refuse(new Contribute("ronde-andere", Inbrenger, 0, "Tekst", null)));
        Assert.Equal(RefusalReason.SessionMismatch, round.Refuse(new AdvancePhase("ronde-andere", Gespreksleider, 0)));
    }

    public static TheoryData<string, IntervisieCommand, RefusalReason> BadCommandsInFirstPhase => new()
    {
        { "outsider contributes", new Contribute(Session, Outsider, 0, "Tekst", null), RefusalReason.NotAParticipant },
        { "blank actor contributes", new Contribute(Session, " ", 0, "Tekst", null), RefusalReason.NotAParticipant },
        { "member in inbrenger phase", new Contribute(Session, MemberC, 0, "Tekst", null), RefusalReason.NotYourTurn },
        { "gespreksleider in inbrenger phase", new Contribute(Session, Gespreksleider, 0, "Tekst", null), RefusalReason.NotYourTurn },
        { "old or future card", new Contribute(Session, Inbrenger, 1, "Tekst", null), RefusalReason.WrongPhase },
        { "choice in text phase", new Contribute(Session, Inbrenger, 0, null, "waardevol"), RefusalReason.PhaseDoesNotCollectThis },
        { "empty text", new Contribute(Session, Inbrenger, 0, "   ", null), RefusalReason.EmptyText },
        { "missing text", new Contribute(Session, Inbrenger, 0, null, null), RefusalReason.EmptyText },
        { "text too long", new Contribute(Session, Inbrenger, 0, new string('x', 801), null), RefusalReason.TextTooLong },
        { "member advances", new AdvancePhase(Session, MemberC, 0), RefusalReason.NotAllowedForActor },
        { "inbrenger advances", new AdvancePhase(Session, Inbrenger, 0), RefusalReason.NotAllowedForActor },
        { "outsider pauses", new PauseRound(Session, Outsider), RefusalReason.NotAllowedForActor },
        { "member closes", new CloseRound(Session, MemberD), RefusalReason.NotAllowedForActor },
        { "member resumes", new ResumeRound(Session, MemberD), RefusalReason.NotAllowedForActor },
        { "blank join", new JoinRound(Session, new Participant(" ", "Niemand")), RefusalReason.InvalidCommand },
    };

    [Theory]
    [MemberData(nameof(BadCommandsInFirstPhase))]
    public void Decide_BadCommandInFirstPhase_IsRefused(string because, IntervisieCommand command, RefusalReason expected)
    {
        var round = RoundHarness.Started("vijfstappenmethode");

        Assert.True(expected == round.Refuse(command), $"{because}: expected {expected}");
    }

    [Theory]
    [InlineData(MemberC)]
    [InlineData(Outsider)]
    public void Decide_AnyoneButTheGespreksleider_MayNotPauseAdvanceOrClose(string actor)
    {
        var round = RoundHarness.Started("vijfstappenmethode");

        Assert.Equal(RefusalReason.NotAllowedForActor, round.Refuse(new PauseRound(Session, actor)));
        Assert.Equal(RefusalReason.NotAllowedForActor, round.Refuse(new AdvancePhase(Session, actor, 0)));
        Assert.Equal(RefusalReason.NotAllowedForActor, round.Refuse(new CloseRound(Session, actor)));
        round.Accept(new PauseRound(Session, Gespreksleider));
        Assert.Equal(RefusalReason.NotAllowedForActor, round.Refuse(new ResumeRound(Session, actor)));
        Assert.Equal(RoundStatus.Paused, round.Current.Status);
        Assert.Equal(0, round.Current.PhaseIndex);
    }

    [Fact]
    public void Decide_SubmitCasusByOther_IsRefused()
    {
        var round = RoundHarness.Started("vijfstappenmethode", withCasus: false);

        Assert.Equal(RefusalReason.NotInbrenger, round.Refuse(new SubmitCasus(Session, Gespreksleider, "Titel", null)));
        Assert.Equal(RefusalReason.EmptyText, round.Refuse(new SubmitCasus(Session, Inbrenger, " ", "Beschrijving")));
        Assert.Equal(RefusalReason.TextTooLong, round.Refuse(new SubmitCasus(Session, Inbrenger, new string('t', 121), null)));
        Assert.Equal(RefusalReason.TextTooLong, round.Refuse(new SubmitCasus(Session, Inbrenger, "Titel", new string('d', 2001))));
    }

    [Fact]
    public void Decide_TalkOnlyPhase_RefusesContributions()
    {
        var round = RoundHarness.Started("incidentmethode");

        Assert.Equal(RefusalReason.PhaseDoesNotCollectThis, round.Refuse(new Contribute(Session, MemberC, 0, "Tekst", null)));
    }

    [Fact]
    public void Decide_EachMemberPhase_RefusesTheInbrenger()
    {
        var round = RoundHarness.Started("vijfstappenmethode");
        MoveTo(round, 3); // adviesronde

        Assert.Equal(RefusalReason.NotYourTurn, round.Refuse(new Contribute(Session, Inbrenger, 3, "Eigen advies", null)));
        round.Say(Gespreksleider, "Advies van de gespreksleider");
    }

    [Fact]
    public void Decide_MoreTextsThanAllowed_IsRefusedAfterTheLimit()
    {
        var round = RoundHarness.Started("vijfstappenmethode");
        MoveTo(round, 1); // verkennen: up to 5 questions each

        for (var i = 1; i <= 5; i++)
        {
            var accepted = round.Say(MemberC, $"Open vraag {i}");
            var contribution = Assert.IsType<ContributionRecorded>(Assert.Single(accepted.Events)).Contribution;
            Assert.Equal(i, contribution.Sequence);
        }

        Assert.Equal(RefusalReason.ContributionLimitReached, round.Refuse(new Contribute(Session, MemberC, 1, "Vraag 6", null)));
        Assert.Equal(5, round.Current.ContributionsIn(1).Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Decide_ResubmitInOneAnswerPhase_ReplacesTheAnswer()
    {
        var round = RoundHarness.Started("vijfstappenmethode");

        var first = round.Say(Inbrenger, "Eerste versie");
        var second = round.Say(Inbrenger, "Tweede versie");

        var replaced = Assert.IsType<ContributionRecorded>(Assert.Single(second.Events));
        Assert.True(replaced.Replaced);
        Assert.Equal(Assert.IsType<ContributionRecorded>(first.Events[0]).Contribution.Id, replaced.Contribution.Id);
        Assert.Equal("Tweede versie", Assert.Single(round.Current.Contributions).Text);
    }

    [Fact]
    public void Decide_ResubmitInOneTextPerMemberPhase_ReplacesOnlyThatMembersText()
    {
        var round = RoundHarness.Started("vijfstappenmethode");
        MoveTo(round, 2); // probleem-formuleren: one sentence each

        round.Say(MemberC, "Eerste formulering");
        round.Say(MemberD, "Formulering van D");
        var second = round.Say(MemberC, "Betere formulering");

        Assert.True(Assert.IsType<ContributionRecorded>(Assert.Single(second.Events)).Replaced);
        Assert.Equal(["Betere formulering", "Formulering van D"], round.Current.ContributionsIn(2).Select(c => c.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Decide_ChoicePhase_RefusesUnknownOptionAndText()
    {
        var round = RoundHarness.Started("incidentmethode");
        MoveTo(round, 9); // evaluatie

        Assert.Equal(RefusalReason.UnknownChoiceOption, round.Refuse(new Contribute(Session, MemberC, 9, null, "geweldig")));
        Assert.Equal(RefusalReason.PhaseDoesNotCollectThis, round.Refuse(new Contribute(Session, MemberC, 9, "Tekst", null)));
        Assert.Equal(RefusalReason.PhaseDoesNotCollectThis, round.Refuse(new Contribute(Session, MemberC, 9, "Tekst", "deels")));
        round.Choose(MemberC, "deels");
        round.Choose(MemberC, "waardevol");
        Assert.Equal("waardevol", Assert.Single(round.Current.ContributionsIn(9)).ChoiceOptionId);
    }

    [Fact]
    public void Decide_DoubleClickOnNextPhase_AdvancesOnce()
    {
        var round = RoundHarness.Started("vijfstappenmethode");
        var click = new AdvancePhase(Session, Gespreksleider, 0);

        var first = round.Accept(click);
        var second = round.Accept(click);

        Assert.Equal(1, first.State.PhaseIndex);
        Assert.False(second.Changed);
        Assert.Same(first.State, second.State);
        Assert.Equal(1, round.Current.PhaseIndex);
        Assert.Single(round.History.OfType<PhaseCompleted>());
    }

    [Fact]
    public void Decide_AnotherMemberClicksAfterTheGespreksleider_IsRefusedAndTheRoundMovedOnce()
    {
        var round = RoundHarness.Started("vijfstappenmethode");

        round.Accept(new AdvancePhase(Session, Gespreksleider, 0));

        Assert.Equal(RefusalReason.NotAllowedForActor, round.Refuse(new AdvancePhase(Session, MemberD, 0)));
        Assert.Equal(1, round.Current.PhaseIndex);
        Assert.Single(round.History.OfType<PhaseCompleted>());
    }

    [Fact]
    public void Decide_DoubleClickOnLastPhase_CompletesOnce()
    {
        var round = RoundHarness.Started("vijfstappenmethode");
        MoveTo(round, 4);
        var click = new AdvancePhase(Session, Gespreksleider, 4);

        round.Accept(click);
        var second = round.Accept(click);

        Assert.False(second.Changed);
        Assert.Single(round.History.OfType<RoundClosed>());
        Assert.Equal(RefusalReason.RoundClosed, round.Refuse(new AdvancePhase(Session, Gespreksleider, 3)));
    }

    [Fact]
    public void Decide_JoinedMember_MayContributeAndJoiningTwiceChangesNothing()
    {
        var round = RoundHarness.Started("vijfstappenmethode");
        MoveTo(round, 1);
        var newcomer = new Participant("km-e", "Deelnemer E");
        Assert.Equal(RefusalReason.NotAParticipant, round.Refuse(new Contribute(Session, newcomer.Id, 1, "Vraag", null)));

        round.Accept(new JoinRound(Session, newcomer));
        var again = round.Accept(new JoinRound(Session, newcomer));
        round.Say(newcomer.Id, "Vraag");

        Assert.False(again.Changed);
        Assert.Equal(5, round.Current.Participants.Count);
    }

    internal static void MoveTo(RoundHarness round, int phaseIndex, string gespreksleider = Gespreksleider)
    {
        while (round.Current.PhaseIndex < phaseIndex)
        {
            round.Advance(gespreksleider);
        }
    }
}
