using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Scheduling.Domain;

namespace IntervisieBot.Tests.Scheduling.Domain;

/// <summary>The planned session's role rules without storage or text: taps on the announcement, away/back ahead of time, proposing again.</summary>
public sealed class SessionEngineTests
{
    private static readonly string[] Team = ["m1", "m2", "m3", "m4", "m5"];
    private static readonly RotationContext NoHistory = new([], []);

    /// <summary>m1 brings the casus (accepted), m2 chairs (not yet), nobody away.</summary>
    private static readonly SessionRoles Proposed = new("m1", true, "m2", false, []);

    [Fact]
    public void Accept_ByTheGespreksleider_MarksOnlyTheirRoleAccepted()
    {
        var decision = SessionEngine.Decide(Proposed, SessionAction.Accept, "m2", Team, null);

        Assert.Equal((SessionNotice.Accepted, true), (decision.Notice, decision.Changed));
        AssertRoles(Proposed with { GespreksleiderAccepted = true }, decision.Roles);
    }

    [Theory]
    [InlineData(SessionAction.Accept)]
    [InlineData(SessionAction.Swap)]
    public void RoleAction_BySomeoneWithoutARole_ChangesNothing(SessionAction action)
    {
        var decision = SessionEngine.Decide(Proposed, action, "m3", Team, null);

        Assert.Equal((SessionNotice.NoRole, false), (decision.Notice, decision.Changed));
        Assert.Same(Proposed, decision.Roles);
    }

    [Fact]
    public void Away_ByTheInbrenger_ProposesSomeoneElseWhoIsNotAwayAndKeepsTheGespreksleider()
    {
        var decision = SessionEngine.Decide(Proposed, SessionAction.Away, "m1", Team, NoHistory);

        Assert.True(decision.Changed);
        Assert.Equal(SessionNotice.Away, decision.Notice);
        Assert.Equal(["m1"], decision.Roles.Away);
        Assert.Equal(("m2", false), (decision.Roles.Gespreksleider, decision.Roles.GespreksleiderAccepted));
        Assert.NotNull(decision.Roles.Inbrenger);
        Assert.DoesNotContain(decision.Roles.Inbrenger, new[] { "m1", "m2" });
        Assert.False(decision.Roles.InbrengerAccepted);   // a new holder has not accepted yet
    }

    [Fact]
    public void Back_OfSomeoneNotAway_IsNoChange_AndBackAfterAway_FillsNothingThatIsHeld()
    {
        Assert.False(SessionEngine.Decide(Proposed, SessionAction.Back, "m3", Team, NoHistory).Changed);

        var away = Proposed with { Away = ["m3"] };
        var back = SessionEngine.Decide(away, SessionAction.Back, "m3", Team, NoHistory);

        Assert.Equal((SessionNotice.Back, true), (back.Notice, back.Changed));
        AssertRoles(Proposed, back.Roles);
    }

    [Fact]
    public void Swap_ByTheInbrenger_SwapsTheRolesAndOnlyTheActorHasAccepted()
    {
        var decision = SessionEngine.Decide(Proposed, SessionAction.Swap, "m1", Team, null);

        AssertRoles(new SessionRoles("m2", false, "m1", true, []), decision.Roles);
    }

    [Fact]
    public void TakeInbrenger_ByTheGespreksleider_SwapsTheTwo()
    {
        var decision = SessionEngine.Decide(Proposed, SessionAction.TakeInbrenger, "m2", Team, null);

        Assert.Equal((SessionNotice.TookOver, true), (decision.Notice, decision.Changed));
        AssertRoles(new SessionRoles("m2", true, "m1", false, []), decision.Roles);
    }

    [Fact]
    public void TakeGespreksleider_ByAnother_KeepsTheInbrengerAndItsAcceptance()
    {
        var decision = SessionEngine.Decide(Proposed, SessionAction.TakeGespreksleider, "m4", Team, null);

        AssertRoles(new SessionRoles("m1", true, "m4", true, []), decision.Roles);
    }

    [Fact]
    public void Take_WhileAway_IsRefused_AndTakingYourOwnRole_ChangesNothing()
    {
        var awayTakes = SessionEngine.Decide(Proposed with { Away = ["m4"] }, SessionAction.TakeInbrenger, "m4", Team, null);
        var ownRole = SessionEngine.Decide(Proposed, SessionAction.TakeInbrenger, "m1", Team, null);

        Assert.Equal((SessionNotice.AwayFirst, false), (awayTakes.Notice, awayTakes.Changed));
        Assert.Equal((SessionNotice.TookOver, false), (ownRole.Notice, ownRole.Changed));
    }

    [Fact]
    public void MarkAhead_BeforeTheRolesAreOut_OnlyNotesTheAbsence_AndTwiceIsAlready()
    {
        var first = SessionEngine.MarkAhead(SessionRoles.Open, back: false, "m3", Team, NoHistory);
        var again = SessionEngine.MarkAhead(first.Roles, back: false, "m3", Team, NoHistory);
        var back = SessionEngine.MarkAhead(first.Roles, back: true, "m3", Team, NoHistory);

        Assert.Equal((false, false), (first.Already, first.RolesReproposed));
        AssertRoles(SessionRoles.Open with { Away = ["m3"] }, first.Roles);
        Assert.True(again.Already);
        Assert.Empty(back.Roles.Away);
        Assert.True(SessionEngine.MarkAhead(SessionRoles.Open, back: true, "m3", Team, NoHistory).Already);   // not away: nothing to take back
    }

    [Fact]
    public void MarkAhead_AfterTheAnnouncement_ReproposesTheRoleTheMemberHeld()
    {
        var decision = SessionEngine.MarkAhead(Proposed, back: false, "m2", Team, NoHistory);

        Assert.True(decision.RolesReproposed);
        Assert.Equal(["m2"], decision.Roles.Away);
        Assert.Equal("m1", decision.Roles.Inbrenger);
        Assert.DoesNotContain(decision.Roles.Gespreksleider, new[] { null, "m1", "m2" });
    }

    [Fact]
    public void Repropose_HolderLeftTheTeam_ProposesTheLeastRecentInThatRole()
    {
        var history = new RotationContext(
        [
            new RotationHistoryEntry("m3", "m4", new DateTimeOffset(2026, 1, 8, 13, 0, 0, TimeSpan.Zero)),
            new RotationHistoryEntry("m4", "m5", new DateTimeOffset(2026, 1, 22, 13, 0, 0, TimeSpan.Zero)),
        ], []);
        var roles = new SessionRoles("gone", true, "m2", true, []);

        var (next, changed) = SessionEngine.Repropose(roles, Team, history);

        Assert.True(changed);
        Assert.Equal(("m2", true), (next.Gespreksleider, next.GespreksleiderAccepted));
        Assert.Contains(next.Inbrenger, new[] { "m1", "m5" });   // never inbrenger before; m3 and m4 were
        Assert.False(next.InbrengerAccepted);
    }

    [Fact]
    public void Repropose_BothHoldersStillThere_ChangesNothing()
    {
        var (next, changed) = SessionEngine.Repropose(Proposed, Team, NoHistory);

        Assert.False(changed);
        Assert.Same(Proposed, next);
    }

    private static void AssertRoles(SessionRoles expected, SessionRoles actual)
    {
        Assert.Equal((expected.Inbrenger, expected.InbrengerAccepted, expected.Gespreksleider, expected.GespreksleiderAccepted),
            (actual.Inbrenger, actual.InbrengerAccepted, actual.Gespreksleider, actual.GespreksleiderAccepted));
        Assert.Equal(expected.Away, actual.Away);
    }
}
