using IntervisieBot.Features.Intervisie.Domain;
using static IntervisieBot.Tests.Intervisie.IntervisieTestData;

namespace IntervisieBot.Tests.Intervisie.Domain;

/// <summary>The solo round (a team of one) and the storage-driven completion check of spread phases.</summary>
public sealed class RoundSoloAndCheckTests
{
    [Fact]
    public void Start_OneParticipantWhoIsBothRoles_IsAccepted()
    {
        var round = new RoundHarness();

        round.Accept(StartCommand("vijfstappenmethode") with { Participants = [Team[0]], GespreksleiderId = Inbrenger });

        Assert.Equal(RoundStatus.AwaitingCasus, round.Current.Status);
        Assert.Equal(round.Current.InbrengerId, round.Current.GespreksleiderId);
    }

    public static TheoryData<string, StartRound, RefusalReason> RefusedStarts => new()
    {
        { "two participants, one person twice", StartCommand("vijfstappenmethode") with { GespreksleiderId = Inbrenger }, RefusalReason.SameInbrengerAndGespreksleider },
        { "one participant, other gespreksleider", StartCommand("vijfstappenmethode") with { Participants = [Team[0]] }, RefusalReason.TooFewParticipants },
        { "nobody", StartCommand("vijfstappenmethode") with { Participants = [], GespreksleiderId = Inbrenger }, RefusalReason.TooFewParticipants },
    };

    [Theory]
    [MemberData(nameof(RefusedStarts))]
    public void Start_NotASoloRound_KeepsTheTwoPersonRules(string why, StartRound command, RefusalReason expected)
    {
        Assert.False(string.IsNullOrEmpty(why));
        Assert.Equal(expected, new RoundHarness().Refuse(command));
    }

    [Fact]
    public void SoloRound_WalksEveryPhaseAndCloses()
    {
        var round = new RoundHarness();
        round.Accept(StartCommand("vijfstappenmethode") with { Participants = [Team[0]], GespreksleiderId = Inbrenger });
        round.Accept(new SubmitCasus(Session, Inbrenger, "Klant reageert niet op uitnodigingen", null));

        for (var i = 0; i < 5; i++) round.Advance(Inbrenger);

        Assert.Equal(RoundStatus.Closed, round.Current.Status);
        Assert.Equal(CloseReason.Completed, round.Current.CloseReason);
    }

    [Fact]
    public void CheckPhaseComplete_SpreadAllExpectedContributed_CompletesOnce()
    {
        var round = RoundHarness.Started("vijfstappenmethode", RoundMode.Spread, 24);
        // Store-like: the contribution is recorded on its own (only its ContributionRecorded event is kept).
        var recorded = round.Engine.Decide(round.Current, new Contribute(Session, Inbrenger, 0, "Hoe bereik ik deze klant?", null));
        var only = Assert.IsType<RoundAccepted>(recorded).Events.OfType<ContributionRecorded>().Single();
        var state = RoundEvolver.Apply(round.Current, only);

        var first = Assert.IsType<RoundAccepted>(round.Engine.Decide(state, new CheckPhaseComplete(Session, 0)));
        var second = Assert.IsType<RoundAccepted>(round.Engine.Decide(first.State, new CheckPhaseComplete(Session, 0)));

        Assert.Equal(AdvanceReason.AllContributed, Assert.IsType<PhaseCompleted>(first.Events[0]).Reason);
        Assert.Equal(1, first.State.PhaseIndex);
        Assert.False(second.Changed);
    }

    [Theory]
    [InlineData(RoundMode.Live, 0)]
    [InlineData(RoundMode.Spread, 1)]
    public void CheckPhaseComplete_NotEveryoneOrLiveOrOtherPhase_ChangesNothing(RoundMode mode, int phaseIndex)
    {
        var round = RoundHarness.Started("vijfstappenmethode", mode, mode == RoundMode.Spread ? 24 : null);

        var result = Assert.IsType<RoundAccepted>(round.Engine.Decide(round.Current, new CheckPhaseComplete(Session, phaseIndex)));

        Assert.False(result.Changed);
    }
}
