using IntervisieBot.Features.Intervisie.Domain;
using static IntervisieBot.Tests.Intervisie.IntervisieTestData;

namespace IntervisieBot.Tests.Intervisie.Domain;

/// <summary>Issue 17.7 and 17.9 in the engine: proposing and choosing the casus (the inbrenger changes in place), the tijdbewaker.</summary>
public sealed class RoundIncidentChoiceTests
{
    [Fact]
    public void ChooseCasus_InTheIncidentStep_ChangesTheInbrengerInPlace()
    {
        var round = RoundHarness.Started("incidentmethode");
        var before = round.Current;
        round.Accept(new ProposeCasus(Session, MemberC, "  Een klant die  \n  boos wegliep  "));

        round.Accept(new ChooseCasus(Session, Gespreksleider, MemberC));

        var state = round.Current;
        Assert.Equal(MemberC, state.InbrengerId);
        Assert.Equal("Een klant die boos wegliep", state.Casus!.Title);
        Assert.Null(state.Casus.Description);
        Assert.Equal(before.Casus!.SubmittedAt, state.Casus.SubmittedAt);
        Assert.Equal(RoundStatus.Running, state.Status);
        Assert.Equal(0, state.PhaseIndex);
        Assert.Equal(before.Participants, state.Participants);
    }

    [Fact]
    public void ChooseCasus_WhileAwaitingTheCasus_StartsTheFirstPhaseWithTheProposer()
    {
        var round = RoundHarness.Started("vijfstappenmethode", withCasus: false);
        round.Accept(new ProposeCasus(Session, MemberD, "Klant met een dilemma over werk"));

        var chosen = round.Accept(new ChooseCasus(Session, Gespreksleider, MemberD));

        Assert.Contains(chosen.Events, e => e is PhaseStarted);
        Assert.Equal(MemberD, round.Current.InbrengerId);
        Assert.Equal(RoundStatus.Running, round.Current.Status);
        Assert.Equal("Klant met een dilemma over werk", round.Current.Casus!.Title);
    }

    [Fact]
    public void ChooseCasus_NotTheGespreksleider_IsRefused_TheInbrengerStays()
    {
        var round = RoundHarness.Started("incidentmethode");
        round.Accept(new ProposeCasus(Session, MemberC, "Een klant die boos wegliep"));

        Assert.Equal(RefusalReason.NotAllowedForActor, round.Refuse(new ChooseCasus(Session, MemberC, MemberC)));
        Assert.Equal(RefusalReason.NotAllowedForActor, round.Refuse(new ChooseCasus(Session, Inbrenger, MemberC)));
        Assert.Equal(Inbrenger, round.Current.InbrengerId);
    }

    [Fact]
    public void ChooseCasus_NoSuchProposal_IsRefused()
    {
        var round = RoundHarness.Started("incidentmethode");

        Assert.Equal(RefusalReason.NoSuchProposal, round.Refuse(new ChooseCasus(Session, Gespreksleider, MemberD)));
        Assert.Equal(RefusalReason.NoSuchProposal, round.Refuse(new ChooseCasus(Session, Gespreksleider, Outsider)));
    }

    [Fact]
    public void ChooseCasus_TheGespreksleidersOwnProposal_IsRefused()
    {
        var round = RoundHarness.Started("incidentmethode");
        round.Accept(new ProposeCasus(Session, Gespreksleider, "Mijn eigen casus"));

        Assert.Equal(RefusalReason.SameInbrengerAndGespreksleider, round.Refuse(new ChooseCasus(Session, Gespreksleider, Gespreksleider)));
    }

    [Fact]
    public void ProposeCasus_AfterTheIncidentStep_IsRefused()
    {
        var round = RoundHarness.Started("incidentmethode");
        round.Advance();

        Assert.Equal(RefusalReason.NotChoosingCasus, round.Refuse(new ProposeCasus(Session, MemberC, "Te laat")));
        Assert.Equal(RefusalReason.NotChoosingCasus, round.Refuse(new ChooseCasus(Session, Gespreksleider, MemberC)));
    }

    [Fact]
    public void ProposeCasus_InAMethodWithoutTheStep_OnlyWhileAwaitingTheCasus()
    {
        var round = RoundHarness.Started("vijfstappenmethode");

        Assert.Equal(RefusalReason.NotChoosingCasus, round.Refuse(new ProposeCasus(Session, MemberC, "Later voorstel")));
    }

    [Theory]
    [InlineData(Outsider, "Een casus", RefusalReason.NotAParticipant)]
    [InlineData(Inbrenger, "Een casus", RefusalReason.NotYourTurn)]
    [InlineData(MemberC, "   ", RefusalReason.EmptyText)]
    public void ProposeCasus_BadInput_IsRefused(string actor, string text, RefusalReason expected)
    {
        var round = RoundHarness.Started("incidentmethode");

        Assert.Equal(expected, round.Refuse(new ProposeCasus(Session, actor, text)));
    }

    [Fact]
    public void ProposeCasus_LongerThanOneTitle_IsRefused_AndAgainReplaces()
    {
        var round = RoundHarness.Started("incidentmethode");
        Assert.Equal(RefusalReason.TextTooLong, round.Refuse(new ProposeCasus(Session, MemberC, new string('x', RoundEngine.MaxCasusTitleLength + 1))));

        round.Accept(new ProposeCasus(Session, MemberC, "Eerste"));
        round.Accept(new ProposeCasus(Session, MemberC, "Tweede"));

        Assert.Equal("Tweede", Assert.Single(round.Current.Proposals).Text);
        Assert.Empty(round.Current.ContributionsIn(0));
    }

    [Fact]
    public void ChooseTijdbewaker_ByTheGespreksleider_AmongThoseWhoJoined()
    {
        var round = RoundHarness.Started("vijfstappenmethode");

        Assert.Equal(RefusalReason.NotAllowedForActor, round.Refuse(new ChooseTijdbewaker(Session, MemberC, MemberC)));
        Assert.Equal(RefusalReason.TijdbewakerNotAParticipant, round.Refuse(new ChooseTijdbewaker(Session, Gespreksleider, Outsider)));
        round.Accept(new ChooseTijdbewaker(Session, Gespreksleider, MemberD));
        Assert.Equal(MemberD, round.Current.TijdbewakerId);
        round.Accept(new ChooseTijdbewaker(Session, Gespreksleider, ""));
        Assert.Null(round.Current.TijdbewakerId);
    }
}
