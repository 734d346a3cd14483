using IntervisieBot.Features.Intervisie.Domain;

namespace IntervisieBot.Tests.Intervisie.Domain;

public sealed class RotationAdvisorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private static readonly RotationMember[] Eight =
        [.. Enumerable.Range(1, 8).Select(i => new RotationMember($"km-{i}"))];

    [Fact]
    public void Suggest_NoHistory_PicksDeterministicallyAndNeverTheSamePerson()
    {
        var suggestion = RotationAdvisor.Suggest(Eight, []);

        Assert.Equal("km-1", suggestion.InbrengerId);
        Assert.Equal("km-2", suggestion.GespreksleiderId);
        Assert.Equal(8, suggestion.InbrengerRanking.Count);
        Assert.DoesNotContain("km-1", suggestion.GespreksleiderRanking);
    }

    [Fact]
    public void Suggest_SomeServed_NeverServedComeFirstThenLeastRecent()
    {
        RotationMember[] members = [new("km-1"), new("km-2"), new("km-3"), new("km-4")];
        RotationHistoryEntry[] history =
        [
            new("km-1", "km-3", T0.AddDays(14)),
            new("km-3", "km-1", T0),
            new("km-2", "km-4", T0.AddDays(7)),
        ];

        var suggestion = RotationAdvisor.Suggest(members, history);

        Assert.Equal(["km-4", "km-3", "km-2", "km-1"], suggestion.InbrengerRanking);
        Assert.Equal("km-4", suggestion.InbrengerId);
        Assert.Equal(["km-2", "km-1", "km-3"], suggestion.GespreksleiderRanking);
    }

    [Fact]
    public void Suggest_SameLastDate_FewerTurnsFirstThenId()
    {
        RotationMember[] members = [new("km-b"), new("km-a"), new("km-c")];
        RotationHistoryEntry[] history =
        [
            new("km-a", "km-x", T0),
            new("km-a", "km-x", T0.AddDays(7)),
            new("km-b", "km-x", T0.AddDays(7)),
            new("km-c", "km-x", T0.AddDays(7)),
        ];

        Assert.Equal(["km-b", "km-c", "km-a"], RotationAdvisor.Suggest(members, history).InbrengerRanking);
    }

    [Fact]
    public void Suggest_AwayMembers_AreSkipped()
    {
        RotationMember[] members = [new("km-1", IsAway: true), new("km-2"), new("km-3", IsAway: true), new("km-4")];

        var suggestion = RotationAdvisor.Suggest(members, []);

        Assert.Equal("km-2", suggestion.InbrengerId);
        Assert.Equal("km-4", suggestion.GespreksleiderId);
        Assert.DoesNotContain("km-1", suggestion.InbrengerRanking);
        Assert.DoesNotContain("km-3", suggestion.GespreksleiderRanking);
    }

    [Fact]
    public void Suggest_ChosenInbrenger_GespreksleiderIsSomeoneElse()
    {
        var suggestion = RotationAdvisor.Suggest(Eight, [], chosenInbrengerId: "km-2");

        Assert.Equal("km-2", suggestion.InbrengerId);
        Assert.Equal("km-1", suggestion.GespreksleiderId);
    }

    [Fact]
    public void Suggest_OnlyOneAvailable_HasNoGespreksleider()
    {
        var suggestion = RotationAdvisor.Suggest([new("km-1"), new("km-2", IsAway: true)], []);

        Assert.Equal("km-1", suggestion.InbrengerId);
        Assert.Null(suggestion.GespreksleiderId);
    }

    [Fact]
    public void Suggest_InputOrder_DoesNotChangeTheAnswer()
    {
        List<RotationHistoryEntry> history = [.. Simulate(Eight, 11, _ => false).History];
        var reversedMembers = Eight.Reverse().ToArray();
        history.Reverse();

        var a = RotationAdvisor.Suggest(Eight, Simulate(Eight, 11, _ => false).History);
        var b = RotationAdvisor.Suggest(reversedMembers, history);

        Assert.Equal(a, b with { InbrengerRanking = a.InbrengerRanking, GespreksleiderRanking = a.GespreksleiderRanking });
        Assert.Equal(a.InbrengerRanking, b.InbrengerRanking);
        Assert.Equal(a.GespreksleiderRanking, b.GespreksleiderRanking);
    }

    [Fact]
    public void Suggest_TwentySessionsWithEightMembers_SpreadsBothRolesFairly()
    {
        var (history, _) = Simulate(Eight, 20, _ => false);

        Assert.All(history, h => Assert.NotEqual(h.InbrengerId, h.GespreksleiderId));
        Assert.Equal(8, history.Take(8).Select(h => h.InbrengerId).Distinct().Count());
        Assert.Equal(8, history.Skip(8).Take(8).Select(h => h.InbrengerId).Distinct().Count());
        var inbrengerTurns = Eight.Select(m => history.Count(h => h.InbrengerId == m.Id)).ToList();
        var leaderTurns = Eight.Select(m => history.Count(h => h.GespreksleiderId == m.Id)).ToList();
        Assert.InRange(inbrengerTurns.Min(), 2, 3);
        Assert.Equal(inbrengerTurns.Min() + 1, inbrengerTurns.Max());
        Assert.InRange(leaderTurns.Max() - leaderTurns.Min(), 0, 1);
        Assert.Equal(20, inbrengerTurns.Sum());
    }

    [Fact]
    public void Suggest_TwentySessionsWithSomeoneAwayAtTimes_StillCatchesThemUpLater()
    {
        // km-3 is away for sessions 0-9, then back.
        var (history, suggestions) = Simulate(Eight, 20, session => session < 10);

        Assert.DoesNotContain(history.Take(10), h => h.InbrengerId == "km-3" || h.GespreksleiderId == "km-3");
        Assert.Equal("km-3", suggestions[10].InbrengerId); // never served: first in line when back
        var turns = Eight.Select(m => history.Count(h => h.InbrengerId == m.Id)).ToList();
        Assert.InRange(turns.Max() - turns.Min(), 0, 2);
    }

    private static (List<RotationHistoryEntry> History, List<RotationSuggestion> Suggestions) Simulate(
        RotationMember[] members, int sessions, Func<int, bool> km3Away)
    {
        List<RotationHistoryEntry> history = [];
        List<RotationSuggestion> suggestions = [];
        for (var s = 0; s < sessions; s++)
        {
            var away = km3Away(s);
            RotationMember[] present = [.. members.Select(m => m with { IsAway = away && m.Id == "km-3" })];
            var suggestion = RotationAdvisor.Suggest(present, history);
            suggestions.Add(suggestion);
            history.Add(new RotationHistoryEntry(suggestion.InbrengerId!, suggestion.GespreksleiderId!, T0.AddDays(7 * s)));
        }

        return (history, suggestions);
    }
}
