using IntervisieBot.Features.Intervisie.Domain;
using static IntervisieBot.Tests.Intervisie.IntervisieTestData;

namespace IntervisieBot.Tests.Intervisie.Domain;

/// <summary>Every status × command cell of the round state machine (vijfstappenmethode, live).</summary>
public sealed class RoundTransitionTests
{
    [Theory]
    [InlineData("AwaitingCasus", "SubmitCasus", "Running")]
    [InlineData("AwaitingCasus", "Contribute", "refused:AwaitingCasus")]
    [InlineData("AwaitingCasus", "Advance", "refused:AwaitingCasus")]
    [InlineData("AwaitingCasus", "Pause", "refused:AwaitingCasus")]
    [InlineData("AwaitingCasus", "Resume", "refused:AwaitingCasus")]
    [InlineData("AwaitingCasus", "Close", "Closed")]
    [InlineData("AwaitingCasus", "Join", "AwaitingCasus")]
    [InlineData("AwaitingCasus", "Deadline", "noop")]
    [InlineData("Running", "SubmitCasus", "refused:CasusAlreadySubmitted")]
    [InlineData("Running", "Contribute", "Running")]
    [InlineData("Running", "Advance", "Running")]
    [InlineData("Running", "Pause", "Paused")]
    [InlineData("Running", "Resume", "noop")]
    [InlineData("Running", "Close", "Closed")]
    [InlineData("Running", "Join", "Running")]
    [InlineData("Running", "Deadline", "noop")]
    [InlineData("Paused", "SubmitCasus", "refused:CasusAlreadySubmitted")]
    [InlineData("Paused", "Contribute", "refused:RoundPaused")]
    [InlineData("Paused", "Advance", "refused:RoundPaused")]
    [InlineData("Paused", "Pause", "noop")]
    [InlineData("Paused", "Resume", "Running")]
    [InlineData("Paused", "Close", "Closed")]
    [InlineData("Paused", "Join", "Paused")]
    [InlineData("Paused", "Deadline", "noop")]
    [InlineData("ClosedEarly", "SubmitCasus", "refused:RoundClosed")]
    [InlineData("ClosedEarly", "Contribute", "refused:RoundClosed")]
    [InlineData("ClosedEarly", "Advance", "refused:RoundClosed")]
    [InlineData("ClosedEarly", "Pause", "refused:RoundClosed")]
    [InlineData("ClosedEarly", "Resume", "refused:RoundClosed")]
    [InlineData("ClosedEarly", "Close", "noop")]
    [InlineData("ClosedEarly", "Join", "refused:RoundClosed")]
    [InlineData("ClosedEarly", "Deadline", "noop")]
    [InlineData("Completed", "Contribute", "refused:RoundClosed")]
    [InlineData("Completed", "Advance", "noop")]
    [InlineData("Completed", "Close", "noop")]
    [InlineData("Completed", "Resume", "refused:RoundClosed")]
    public void Decide_StatusAndCommand_GivesExpectedOutcome(string from, string command, string expected)
    {
        var round = Arrange(from);
        var before = round.Current;

        var result = round.Run(Command(command, round.Current));

        switch (expected.Split(':'))
        {
            case ["refused", var reason]:
                Assert.Equal(Enum.Parse<RefusalReason>(reason), Assert.IsType<RoundRefused>(result).Reason);
                Assert.Same(before, round.Current);
                break;
            case ["noop"]:
                var noop = Assert.IsType<RoundAccepted>(result);
                Assert.False(noop.Changed);
                Assert.Same(before, noop.State);
                break;
            case [var status]:
                var accepted = Assert.IsType<RoundAccepted>(result);
                Assert.True(accepted.Changed);
                Assert.Equal(Enum.Parse<RoundStatus>(status), accepted.State.Status);
                break;
        }
    }

    [Fact]
    public void Decide_EveryRoundLevelChange_IncreasesVersionByOneAndContributionsLeaveItAlone()
    {
        var round = RoundHarness.Started("vijfstappenmethode");
        Assert.Equal(3, round.Current.Version); // RoundStarted, CasusSubmitted, PhaseStarted

        var contributed = round.Say(Inbrenger, "Hoe motiveer ik een klant die afspraken mist?");
        Assert.Equal(3, contributed.State.Version);

        var paused = round.Accept(new PauseRound(Session, Gespreksleider));
        Assert.Equal(4, paused.State.Version);
        round.Accept(new ResumeRound(Session, Gespreksleider));
        var advanced = round.Advance();
        Assert.Equal(7, advanced.State.Version); // resumed, phase completed, phase started
        Assert.Equal(1, advanced.State.PhaseIndex);
    }

    [Fact]
    public void Decide_SubmitCasus_StartsFirstPhaseWithTimebox()
    {
        var round = RoundHarness.Started("vijfstappenmethode", withCasus: false);
        round.Time.Advance(TimeSpan.FromMinutes(3));

        var result = round.Accept(new SubmitCasus(Session, Inbrenger, "  Klant mist afspraken  ", "  "));

        Assert.Equal("Klant mist afspraken", result.State.Casus!.Title);
        Assert.Null(result.State.Casus.Description);
        var clock = result.State.Clock!;
        Assert.Equal(0, clock.PhaseIndex);
        Assert.Equal(Start.AddMinutes(3), clock.StartedAt);
        Assert.Equal(Start.AddMinutes(3 + 5), clock.TimeboxEndsAt);
        Assert.Null(clock.DeadlineAt);
    }

    [Fact]
    public void Apply_ReplayingEvents_RebuildsTheSameState()
    {
        var round = RoundHarness.Started("vijfstappenmethode");
        round.Say(Inbrenger, "Vraag");
        round.Advance();
        round.Say(MemberC, "Open vraag 1");
        round.Accept(new PauseRound(Session, Gespreksleider));

        var rebuilt = RoundEvolver.ApplyAll(null, round.History)!;

        Assert.Equal(round.Current.Version, rebuilt.Version);
        Assert.Equal(round.Current.Status, rebuilt.Status);
        Assert.Equal(round.Current.PhaseIndex, rebuilt.PhaseIndex);
        Assert.Equal(round.Current.Clock, rebuilt.Clock);
        Assert.Equal(round.Current.Contributions, rebuilt.Contributions);
    }

    [Fact]
    public void RoundState_JsonRoundTrip_ContinuesWhereItWas()
    {
        var round = RoundHarness.Started("vijfstappenmethode", RoundMode.Spread, 24);
        round.Say(Inbrenger, "Vraag");
        round.Say(MemberC, "Open vraag");
        round.Accept(new PauseRound(Session, Gespreksleider));

        var json = System.Text.Json.JsonSerializer.Serialize(round.Current);
        var restored = System.Text.Json.JsonSerializer.Deserialize<RoundState>(json)!;
        Assert.Equivalent(round.Current, restored, strict: true);

        round.Time.Advance(TimeSpan.FromHours(1));
        var resumed = round.Engine.Decide(restored, new ResumeRound(Session, Gespreksleider));
        Assert.Equal(RoundStatus.Running, Assert.IsType<RoundAccepted>(resumed).State.Status);
    }

    private static RoundHarness Arrange(string from)
    {
        switch (from)
        {
            case "AwaitingCasus":
                return RoundHarness.Started("vijfstappenmethode", withCasus: false);
            case "Running":
                return RoundHarness.Started("vijfstappenmethode");
            case "Paused":
                var paused = RoundHarness.Started("vijfstappenmethode");
                paused.Accept(new PauseRound(Session, Gespreksleider));
                return paused;
            case "ClosedEarly":
                var closed = RoundHarness.Started("vijfstappenmethode");
                closed.Accept(new CloseRound(Session, Gespreksleider));
                return closed;
            case "Completed":
                var completed = RoundHarness.Started("vijfstappenmethode");
                for (var i = 0; i < 5; i++)
                {
                    completed.Advance();
                }

                Assert.Equal(CloseReason.Completed, completed.Current.CloseReason);
                return completed;
            default:
                throw new ArgumentOutOfRangeException(nameof(from), from, null);
        }
    }

    private static IntervisieCommand Command(string name, RoundState state) => name switch
    {
        "SubmitCasus" => new SubmitCasus(Session, Inbrenger, "Klant mist afspraken", null),
        "Contribute" => new Contribute(Session, Inbrenger, state.PhaseIndex, "Mijn vraag aan de groep", null),
        "Advance" => new AdvancePhase(Session, Gespreksleider, state.PhaseIndex),
        "Pause" => new PauseRound(Session, Gespreksleider),
        "Resume" => new ResumeRound(Session, Gespreksleider),
        "Close" => new CloseRound(Session, Gespreksleider),
        "Join" => new JoinRound(Session, new Participant("km-e", "Deelnemer E")),
        "Deadline" => new DeadlinePassed(Session, state.PhaseIndex),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
