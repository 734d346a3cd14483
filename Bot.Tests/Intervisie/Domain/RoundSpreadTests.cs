using IntervisieBot.Features.Intervisie.Domain;
using static IntervisieBot.Tests.Intervisie.IntervisieTestData;

namespace IntervisieBot.Tests.Intervisie.Domain;

/// <summary>Spread-over-days rounds: deadlines, the one reminder, auto-completion, pause/resume.</summary>
public sealed class RoundSpreadTests
{
    private const int Hours = 24;

    [Fact]
    public void SubmitCasus_SpreadMode_SetsDeadlineAndReminder()
    {
        var round = RoundHarness.Started("vijfstappenmethode", RoundMode.Spread, Hours);

        var clock = round.Current.Clock!;
        Assert.Equal(Start.AddHours(24), clock.DeadlineAt);
        Assert.Equal(Start.AddHours(18), clock.ReminderDueAt);
        Assert.False(clock.ReminderSent);
        Assert.Equal(Start.AddHours(18), RoundQueries.NextDueAt(round.Current));
    }

    [Fact]
    public void DeadlinePassed_BeforeDeadline_ChangesNothing()
    {
        var round = RoundHarness.Started("vijfstappenmethode", RoundMode.Spread, Hours);
        round.Time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));

        var result = round.Accept(new DeadlinePassed(Session, 0));

        Assert.False(result.Changed);
        Assert.Equal(0, round.Current.PhaseIndex);
    }

    [Fact]
    public void DeadlinePassed_AtDeadline_AdvancesOnceAndStartsNewDeadline()
    {
        var round = RoundHarness.Started("vijfstappenmethode", RoundMode.Spread, Hours);
        round.Time.Advance(TimeSpan.FromHours(24));

        var first = round.Accept(new DeadlinePassed(Session, 0));
        var repeated = round.Accept(new DeadlinePassed(Session, 0));

        Assert.Equal(AdvanceReason.DeadlinePassed, Assert.IsType<PhaseCompleted>(first.Events[0]).Reason);
        Assert.Equal(1, round.Current.PhaseIndex);
        Assert.Equal(Start.AddHours(48), round.Current.Clock!.DeadlineAt);
        Assert.False(repeated.Changed);
    }

    [Fact]
    public void DeadlinePassed_LiveMode_ChangesNothing()
    {
        var round = RoundHarness.Started("vijfstappenmethode");
        round.Time.Advance(TimeSpan.FromDays(3));

        Assert.False(round.Accept(new DeadlinePassed(Session, 0)).Changed);
        Assert.False(round.Accept(new RemindNonContributors(Session, 0)).Changed);
        Assert.Null(RoundQueries.NextDueAt(round.Current));
    }

    [Fact]
    public void RemindNonContributors_WhenDue_NamesPendingMembersOnceOnly()
    {
        var round = RoundHarness.Started("vijfstappenmethode", RoundMode.Spread, Hours);
        MoveBySpreadDeadlines(round, 3); // adviesronde: each member but the inbrenger
        var phaseStart = round.Current.Clock!.StartedAt;
        round.Say(MemberC, "Advies van C");

        round.Time.SetUtcNow(phaseStart.AddHours(18) - TimeSpan.FromMinutes(1));
        Assert.False(round.Accept(new RemindNonContributors(Session, 3)).Changed);

        round.Time.SetUtcNow(phaseStart.AddHours(18));
        var reminder = round.Accept(new RemindNonContributors(Session, 3));
        var repeated = round.Accept(new RemindNonContributors(Session, 3));

        var decided = Assert.IsType<NonContributorsReminded>(Assert.Single(reminder.Events));
        Assert.Equal([Gespreksleider, MemberD], decided.MemberIds);
        Assert.True(round.Current.Clock!.ReminderSent);
        Assert.False(repeated.Changed);
        Assert.Equal(phaseStart.AddHours(24), RoundQueries.NextDueAt(round.Current));
    }

    [Fact]
    public void RemindNonContributors_StalePhase_ChangesNothing()
    {
        var round = RoundHarness.Started("vijfstappenmethode", RoundMode.Spread, Hours);
        round.Time.Advance(TimeSpan.FromHours(20));

        Assert.False(round.Accept(new RemindNonContributors(Session, 2)).Changed);
        Assert.False(round.Current.Clock!.ReminderSent);
    }

    [Fact]
    public void Contribute_LastExpectedMemberInSpreadMode_CompletesThePhase()
    {
        var round = RoundHarness.Started("vijfstappenmethode", RoundMode.Spread, Hours);
        MoveBySpreadDeadlines(round, 3);

        round.Say(MemberC, "Advies C");
        round.Say(Gespreksleider, "Advies B");
        Assert.Equal(3, round.Current.PhaseIndex);
        var last = round.Say(MemberD, "Advies D");

        Assert.Collection(
            last.Events,
            e => Assert.IsType<ContributionRecorded>(e),
            e => Assert.Equal(AdvanceReason.AllContributed, Assert.IsType<PhaseCompleted>(e).Reason),
            e => Assert.Equal(4, Assert.IsType<PhaseStarted>(e).Clock.PhaseIndex));
        Assert.Equal(3, round.Current.ContributionsIn(3).Count());
    }

    [Fact]
    public void Contribute_InbrengerPhaseInSpreadMode_CompletesWhenTheInbrengerAnswers()
    {
        var round = RoundHarness.Started("vijfstappenmethode", RoundMode.Spread, Hours);

        var answered = round.Say(Inbrenger, "Hoe houd ik contact met een klant die niet reageert?");

        Assert.Equal(1, answered.State.PhaseIndex);
    }

    [Fact]
    public void Contribute_GroupPhaseInSpreadMode_WaitsForTheDeadline()
    {
        var round = RoundHarness.Started("vijfstappenmethode", RoundMode.Spread, Hours);
        MoveBySpreadDeadlines(round, 1); // verkennen: group, optional

        foreach (var member in Team)
        {
            round.Say(member.Id, "Vraag");
        }

        Assert.Equal(1, round.Current.PhaseIndex);
    }

    [Fact]
    public void Contribute_EveryoneInLiveMode_DoesNotAdvance()
    {
        var round = RoundHarness.Started("vijfstappenmethode");
        RoundRefusalTests.MoveTo(round, 3);

        round.Say(MemberC, "Advies C");
        round.Say(Gespreksleider, "Advies B");
        round.Say(MemberD, "Advies D");

        Assert.Equal(3, round.Current.PhaseIndex);
    }

    [Fact]
    public void PauseAndResume_SpreadMode_ShiftsDeadlineAndReminderByPausedTime()
    {
        var round = RoundHarness.Started("vijfstappenmethode", RoundMode.Spread, Hours);
        round.Time.Advance(TimeSpan.FromHours(10));
        round.Accept(new PauseRound(Session, Gespreksleider));

        round.Time.Advance(TimeSpan.FromHours(20)); // deadline would have passed at +24h
        Assert.Null(RoundQueries.NextDueAt(round.Current));
        Assert.False(round.Accept(new DeadlinePassed(Session, 0)).Changed);
        Assert.False(round.Accept(new RemindNonContributors(Session, 0)).Changed);

        var resumed = round.Accept(new ResumeRound(Session, Gespreksleider));

        Assert.Equal(TimeSpan.FromHours(20), Assert.IsType<RoundResumed>(Assert.Single(resumed.Events)).PausedFor);
        Assert.Equal(Start.AddHours(44), round.Current.Clock!.DeadlineAt);
        Assert.Equal(Start.AddHours(38), round.Current.Clock.ReminderDueAt);
        Assert.Equal(Start, round.Current.Clock.StartedAt);

        round.Time.SetUtcNow(Start.AddHours(43));
        Assert.False(round.Accept(new DeadlinePassed(Session, 0)).Changed);
        round.Time.SetUtcNow(Start.AddHours(44));
        Assert.True(round.Accept(new DeadlinePassed(Session, 0)).Changed);
        Assert.Equal(1, round.Current.PhaseIndex);
    }

    [Fact]
    public void PauseAndResume_LiveMode_ShiftsTimebox()
    {
        var round = RoundHarness.Started("vijfstappenmethode");
        round.Time.Advance(TimeSpan.FromMinutes(2));
        round.Accept(new PauseRound(Session, Gespreksleider));
        round.Time.Advance(TimeSpan.FromMinutes(7));

        round.Accept(new ResumeRound(Session, Gespreksleider));

        Assert.Equal(Start.AddMinutes(5 + 7), round.Current.Clock!.TimeboxEndsAt);
        Assert.Null(round.Current.Clock.DeadlineAt);
    }

    [Fact]
    public void PauseResumeTwice_AccumulatesShift()
    {
        var round = RoundHarness.Started("vijfstappenmethode", RoundMode.Spread, Hours);
        for (var i = 0; i < 2; i++)
        {
            round.Accept(new PauseRound(Session, Gespreksleider));
            round.Time.Advance(TimeSpan.FromHours(3));
            round.Accept(new ResumeRound(Session, Gespreksleider));
        }

        Assert.Equal(Start.AddHours(30), round.Current.Clock!.DeadlineAt);
    }

    [Fact]
    public void DeadlinePassed_LastPhase_CompletesRoundWithSummary()
    {
        var round = RoundHarness.Started("vijfstappenmethode", RoundMode.Spread, Hours);
        MoveBySpreadDeadlines(round, 4);
        round.Time.Advance(TimeSpan.FromHours(Hours));

        var result = round.Accept(new DeadlinePassed(Session, 4));

        var closed = Assert.IsType<RoundClosed>(result.Events[^1]);
        Assert.Equal(CloseReason.Completed, closed.Reason);
        Assert.Null(closed.ActorId);
        Assert.Equal("Klant komt afspraken niet na", closed.Summary!.CasusTitle);
        Assert.Null(closed.Summary.InbrengerChoice!.Text);
        Assert.Null(RoundQueries.NextDueAt(round.Current));
    }

    private static void MoveBySpreadDeadlines(RoundHarness round, int phaseIndex)
    {
        while (round.Current.PhaseIndex < phaseIndex)
        {
            round.Time.SetUtcNow(round.Current.Clock!.DeadlineAt!.Value);
            Assert.True(round.Accept(new DeadlinePassed(Session, round.Current.PhaseIndex)).Changed);
        }
    }
}
