using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Scheduling.Domain;

namespace IntervisieBot.Tests.Scheduling.Domain;

public sealed class SessionRotationTests
{
    private static readonly string[] Team = ["m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"];

    /// <summary>Who is away in which session (invented leave, sickness and part-time days).</summary>
    private static IReadOnlySet<string> AwayIn(int session) => session switch
    {
        2 => new HashSet<string> { "m3" },
        5 => new HashSet<string> { "m1", "m6" },
        6 => new HashSet<string> { "m1" },
        9 => new HashSet<string> { "m2", "m4", "m8" },
        13 => new HashSet<string> { "m5" },
        14 => new HashSet<string> { "m5", "m7" },
        17 => new HashSet<string> { "m3", "m6" },
        _ => new HashSet<string>(),
    };

    private static List<(string Inbrenger, string Gespreksleider, IReadOnlySet<string> Away)> Simulate(int sessions)
    {
        var history = new List<RotationHistoryEntry>();
        var result = new List<(string, string, IReadOnlySet<string>)>();
        string[] previous = [];
        var start = new DateTimeOffset(2026, 3, 5, 13, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < sessions; i++)
        {
            var away = AwayIn(i);
            var (inbrenger, gespreksleider) = SessionRotation.Propose(Team, away.ToArray(), history, previous);
            Assert.NotNull(inbrenger);
            Assert.NotNull(gespreksleider);
            history.Add(new RotationHistoryEntry(inbrenger!, gespreksleider!, start.AddDays(14 * i)));
            previous = [inbrenger!, gespreksleider!];
            result.Add((inbrenger!, gespreksleider!, away));
        }
        return result;
    }

    [Fact]
    public void Propose_TwentySessionsEightMembersWithAbsences_IsFair()
    {
        var sessions = Simulate(20);

        // Away is never chosen, and nobody holds both roles at once.
        Assert.All(sessions, s =>
        {
            Assert.DoesNotContain(s.Inbrenger, s.Away);
            Assert.DoesNotContain(s.Gespreksleider, s.Away);
            Assert.NotEqual(s.Inbrenger, s.Gespreksleider);
        });

        // Each role's counts stay within 1 of each other across the team (20 sessions, 8 members: 2 or 3 each).
        foreach (var role in new Func<(string Inbrenger, string Gespreksleider, IReadOnlySet<string> Away), string>[] { s => s.Inbrenger, s => s.Gespreksleider })
        {
            var counts = Team.Select(m => sessions.Count(s => role(s) == m)).ToList();
            Assert.True(counts.Max() - counts.Min() <= 1, "counts " + string.Join(",", counts));
        }

        // Nobody has a role two sessions in a row (with 8 members that can always be avoided).
        for (var i = 1; i < sessions.Count; i++)
        {
            var before = new[] { sessions[i - 1].Inbrenger, sessions[i - 1].Gespreksleider };
            Assert.DoesNotContain(sessions[i].Inbrenger, before);
            Assert.DoesNotContain(sessions[i].Gespreksleider, before);
        }
    }

    [Fact]
    public void Propose_EveryFirstRoundOfEight_GivesEveryoneTheInbrengerRoleOnce()
    {
        var sessions = Simulate(8);

        // Session 2 and 5/6 have absences, yet the first eight sessions still reach all eight members as inbrenger.
        Assert.Equal(Team.Order(StringComparer.Ordinal), sessions.Select(s => s.Inbrenger).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Propose_OnlyTwoAvailableWhoHadRolesLastTime_StillProposesThem()
    {
        var (inbrenger, gespreksleider) = SessionRotation.Propose(["a", "b", "c"], ["c"], [], ["a", "b"]);

        Assert.Equal(["a", "b"], new[] { inbrenger!, gespreksleider! }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Propose_KeepGespreksleider_ProposesOnlyANewInbrenger()
    {
        var history = new List<RotationHistoryEntry> { new("a", "b", DateTimeOffset.UnixEpoch) };

        var (inbrenger, gespreksleider) = SessionRotation.Propose(["a", "b", "c", "d"], ["c"], history, [], keepGespreksleider: "d");

        Assert.Equal("d", gespreksleider);
        Assert.Equal("b", inbrenger); // never inbrenger yet, and c is away
    }

    [Fact]
    public void Propose_EveryoneAway_LeavesTheRolesOpen()
    {
        var (inbrenger, gespreksleider) = SessionRotation.Propose(["a", "b"], ["a", "b"], [], []);

        Assert.Null(inbrenger);
        Assert.Null(gespreksleider);
    }
}
