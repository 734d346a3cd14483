using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>
/// The shared round card is updated after the invoke is answered (issue #16.4): the answer never waits for the card's
/// PUT, several contributions while an update is under way cost one more update carrying the latest state, and a failed
/// update is retried after the answer, not inside it.
/// </summary>
public sealed class RoundCardUpdateTests : RoundTeamFixture
{
    [Fact]
    public async Task Contributions_WhileTheCardUpdateIsHeld_AreAnsweredAtOnce_AndCoalesceIntoOneUpdateWithTheLatestState()
    {
        var (roundId, cardId) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant komt afspraken niet na");
        await Team.AdvanceAsync(roundId, 0, B);
        var before = (await CardUpdatesAsync(cardId)).Count;

        using var arrived = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        Connector.FailureRule = r =>
        {
            if (r.Operation != "Update") return null;
            arrived.Set();
            release.Wait(RoundTeam.Wait); // Teams is slow to take the card: the PUT hangs until the test lets it go
            return null;
        };

        var first = await Team.ContributeAsync(roundId, 1, C, "Wanneer lukte het contact wel?");
        Assert.Contains("Wanneer lukte het contact wel?", RoundTeam.AllText(first));      // answered from the state just written
        Assert.True(arrived.Wait(RoundTeam.Wait), "the card update should go out after the answer");
        var second = await Team.ContributeAsync(roundId, 1, D, "Wat gebeurde er bij de vorige afspraak?");
        var third = await Team.ContributeAsync(roundId, 1, B, "Wie in zijn netwerk heeft wel contact?");
        Assert.Contains("Wat gebeurde er bij de vorige afspraak?", RoundTeam.AllText(second)); // answered while the PUT still hangs
        Assert.Contains("Wie in zijn netwerk heeft wel contact?", RoundTeam.AllText(third));
        Assert.Equal(before, Connector.Requests.Count(r => r.Operation == "Update" && r.ActivityId == cardId)); // none finished yet

        release.Set();
        var updates = (await CardUpdatesAsync(cardId)).Skip(before).ToList();

        Assert.Equal(2, updates.Count);                                                    // the held one, then one for the two that came meanwhile
        var latest = RoundTeam.AllText(RoundTeam.CardOf(updates[^1]));
        Assert.Contains("Wat gebeurde er bij de vorige afspraak?", latest);
        Assert.Contains("Wie in zijn netwerk heeft wel contact?", latest);
        Assert.Contains("Wanneer lukte het contact wel?", latest);
    }

    [Fact]
    public async Task CardUpdate_RefusedOnceByTheConnector_IsRetriedAfterTheAnswer()
    {
        var (roundId, cardId) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant met taalachterstand");
        await Team.AdvanceAsync(roundId, 0, B);
        await CardUpdatesAsync(cardId);
        var refused = 0;
        Connector.FailureRule = r => r.Operation == "Update" && Interlocked.Increment(ref refused) == 1 ? new ScriptedFailure(503, RetryAfter: "1") : null;

        var card = await Team.ContributeAsync(roundId, 1, C, "Welke taal spreekt hij thuis?");

        Assert.Contains("Welke taal spreekt hij thuis?", RoundTeam.AllText(card));         // the answer did not wait for the refusal or the retry
        var updates = await Connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == cardId
            && RoundTeam.AllText(RoundTeam.CardOf(r)).Contains("Welke taal spreekt hij thuis?"), 2, RoundTeam.Wait);
        Assert.False(updates[0].Succeeded);                                                // refused (503) …
        Assert.True(updates[1].Succeeded);                                                 // … and sent again, with the same state
    }
}
