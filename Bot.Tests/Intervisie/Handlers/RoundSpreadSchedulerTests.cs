using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Handlers;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>
/// Spread-over-days rounds on a fake clock (no sleeping): their deadlines and nudges go through the reminders outbox, and
/// each test drives the real reminder engine (one poll at the fake time) where the background delivery would poll.
/// </summary>
public sealed class RoundSpreadSchedulerTests() : RoundTeamOnFakeClock(
    EngineDrivenByTheTest("instance-a"),
    [TestActivities.Member(A, "Deelnemer A"), TestActivities.Member(B, "Deelnemer B"), TestActivities.Member(C, "Deelnemer C")])
{
    private const string A = "29:user-a";
    private const string B = "29:user-b";
    private const string C = "29:user-c";

    /// <summary>One poll of the real reminder engine at the fake time, as the background delivery does: what is due is done.</summary>
    private Task<int> PollAsync() => Bot.Services.GetRequiredService<ReminderEngine>().RunOnceAsync(CancellationToken.None);

    private static bool IsNudge(RecordedRequest r) => IsTargeted(r);

    private IReadOnlyList<RecordedRequest> Nudges() => [.. Connector.Requests.Where(IsNudge)];

    [Fact]
    public async Task SpreadRound_NudgesPrivatelyOnceBeforeTheDeadlineAndAdvancesWhenItPasses()
    {
        var (roundId, cardId) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B, mode: RoundVerbs.ModeSpread, hours: 24);
        await Team.CasusAsync(roundId, A, "Klant die niet komt opdagen");
        var started = await Team.LoadAsync(roundId);
        Assert.Equal(Time.GetUtcNow().AddHours(24), started.State.Clock!.DeadlineAt);

        Time.Advance(TimeSpan.FromHours(18) + TimeSpan.FromMinutes(5));      // past the reminder (75 %), before the deadline
        Assert.Equal(1, await PollAsync());
        var nudge = (await Connector.WaitForRequestsAsync(IsNudge, 1, RoundTeam.Wait))[0];
        Assert.Equal(A, nudge.Body!.Value.GetProperty("recipient").GetProperty("id").GetString());   // phase 1 is the inbrenger's: only A
        Assert.Contains("Je bijdrage is nog welkom", CardText.Of(nudge.Body));
        Assert.DoesNotContain("Deelnemer", CardText.Of(nudge.Body));
        Assert.DoesNotContain(Connector.Requests, r => r.Operation is "Send" or "Reply" && !IsNudge(r) && (r.Text?.Contains("<at>", StringComparison.Ordinal) ?? false));
        Assert.Equal(0, (await Team.LoadAsync(roundId)).State.PhaseIndex);

        Time.Advance(TimeSpan.FromMinutes(5));                                 // another pass before the deadline: no second reminder
        Assert.Equal(0, await PollAsync());
        Time.Advance(TimeSpan.FromHours(6));                                   // the deadline passes
        Assert.Equal(1, await PollAsync());
        await Connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == cardId
            && RoundTeam.AllText(RoundTeam.CardOf(r)).Contains("Fase 2 van 5"), 1, RoundTeam.Wait);

        var advanced = await Team.LoadAsync(roundId);
        Assert.Equal(1, advanced.State.PhaseIndex);
        Assert.True(Time.GetUtcNow() < advanced.State.Clock!.DeadlineAt);
        Assert.Single(Nudges());
    }

    [Fact]
    public async Task SpreadRound_EveryoneExpectedContributed_CompletesThePhaseWithoutWaiting()
    {
        var (roundId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B, mode: RoundVerbs.ModeSpread, hours: 48);
        await Team.CasusAsync(roundId, A, "Klant met schulden en stress");

        var card = await Team.ContributeAsync(roundId, 0, A, "Hoe help ik hem prioriteiten te stellen?");

        Assert.Contains("Fase 2 van 5", RoundTeam.AllText(card));
        Assert.Equal(1, (await Team.LoadAsync(roundId)).State.PhaseIndex);
    }

    /// <summary>
    /// Two bot instances on one storage poll the outbox at the same moment, when a phase's reminder is due and when its
    /// deadline is: each is claimed once, so the inbrenger is nudged once and the phase advances once (not twice).
    /// </summary>
    [Fact]
    public async Task SpreadRound_DeadlineDue_TwoEngineInstancesPollingAtOnce_FiresExactlyOnce()
    {
        // The other instance has seen no activity from this serviceUrl: it trusts it as a configured Teams host, as in production.
        var otherSettings = EngineDrivenByTheTest("instance-b", TablePrefix);
        otherSettings["Connector:TrustedServiceHosts:0"] = Connector.TrustedHostEntry;
        await using var otherFactory = new BotApplicationFactory(otherSettings);
        await using var other = otherFactory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Time)));
        var (roundId, cardId) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B, mode: RoundVerbs.ModeSpread, hours: 24);
        await Team.CasusAsync(roundId, A, "Klant die niet komt opdagen");

        var engines = new[] { Bot.Services.GetRequiredService<ReminderEngine>(), other.Services.GetRequiredService<ReminderEngine>() };
        Assert.NotEqual(engines[0].InstanceId, engines[1].InstanceId);
        Task<int[]> BothPollAsync() => Task.WhenAll(engines.Select(e => Task.Run(() => e.RunOnceAsync(CancellationToken.None))));

        Time.Advance(TimeSpan.FromHours(18) + TimeSpan.FromMinutes(5));      // the phase's reminder is due
        Assert.Equal(1, (await BothPollAsync()).Sum());                         // claimed by one instance only
        Assert.Equal(A, Assert.Single(Nudges()).Body!.Value.GetProperty("recipient").GetProperty("id").GetString()); // nudged once

        Time.Advance(TimeSpan.FromHours(6));                                   // the deadline passes
        Assert.Equal(1, (await BothPollAsync()).Sum());
        Assert.Equal(1, (await Team.LoadAsync(roundId)).State.PhaseIndex);     // advanced once, not twice
        await Connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == cardId
            && RoundTeam.AllText(RoundTeam.CardOf(r)).Contains("Fase 2 van 5"), 1, RoundTeam.Wait);

        Assert.Equal(0, (await BothPollAsync()).Sum());                         // nothing left due: the next phase's work is ahead
        Assert.Equal(1, (await Team.LoadAsync(roundId)).State.PhaseIndex);
        Assert.Single(Nudges());
    }

    /// <summary>
    /// A whole spread round of six who joined (and one who joined and left), walked to its summary: nothing the channel can
    /// see — every message, card and card update — names or mentions anyone who did not contribute; each of them gets one
    /// private nudge (a targeted message only they see) in the phase that expects them, and the one who left gets nothing.
    /// </summary>
    [Fact]
    public async Task SpreadRound_ChannelNeverNamesNonContributors_EachGetsOnePrivateNudge_TheOneWhoLeftNone()
    {
        const string D = "29:user-d", E = "29:user-e", F = "29:user-f", G = "29:user-g";
        Connector.Members =
        [
            TestActivities.Member(A, "Deelnemer A"), TestActivities.Member(B, "Deelnemer B"), TestActivities.Member(C, "Deelnemer C"),
            TestActivities.Member(D, "Deelnemer D"), TestActivities.Member(E, "Zwijger Eva"), TestActivities.Member(F, "Zwijger Frank"),
            TestActivities.Member(G, "Vertrokken Gijs"),
        ];
        string[] silentNames = ["Zwijger Eva", "Zwijger Frank", "Vertrokken Gijs"];
        var (roundId, cardId) = await Team.OpenAsync(B);
        foreach (var member in new[] { A, B, C, D, E, F, G }) await Team.OptInAsync(roundId, member, cardId);
        await Team.SimpleAsync(RoundVerbs.OptOut, roundId, G);
        var start = RoundTeam.StartData(A, B, mode: RoundVerbs.ModeSpread, hours: 24);
        start[RoundVerbs.RoundIdData] = roundId;
        await Team.ClickAsync(RoundVerbs.Start, start, B, replyToId: cardId);
        await Team.CasusAsync(roundId, A, "Klant die steeds afzegt");

        await Team.ContributeAsync(roundId, 0, A, "Hoe krijg ik weer contact?");           // the inbrenger's phase completes at once
        await Team.ContributeAsync(roundId, 1, C, "Wanneer lukte het contact wel?");
        await PassDeadlineAsync(cardId, "Fase 3 van 5");
        await Team.ContributeAsync(roundId, 2, D, "Hij ziet de afspraken als verplichting, niet als hulp.");
        await PassDeadlineAsync(cardId, "Fase 4 van 5");
        await Team.ContributeAsync(roundId, 3, C, "Bel op een vast moment.");
        await Team.ContributeAsync(roundId, 3, D, "Ga samen op huisbezoek.");
        Time.Advance(TimeSpan.FromHours(18) + TimeSpan.FromMinutes(5));                      // the advice round's reminder is due
        await PollAsync();
        var nudges = await Connector.WaitForRequestsAsync(IsNudge, 3, RoundTeam.Wait);
        await PassDeadlineAsync(cardId, "Fase 5 van 5", TimeSpan.FromHours(6));
        await Team.ContributeAsync(roundId, 4, A, "Ik bel hem donderdag.");
        await Connector.WaitForRequestsAsync(r => r.Operation is "Send" or "Reply" && CardText.Of(r.Body).Contains("Samenvatting intervisieronde"), 1, RoundTeam.Wait);

        Assert.Equal(RoundStatus.Closed, (await Team.LoadAsync(roundId)).State.Status);
        await Bot.Services.GetRequiredService<RoundCardUpdates>().WhenIdleAsync(CancellationToken.None).WaitAsync(RoundTeam.Wait); // every card update went out
        var shared = Connector.Requests.Where(r => r.Operation is "Send" or "Reply" or "Update" && r.ConversationId == Noord && !IsNudge(r)).ToList();
        // The opened card, its updates (coalesced: at least one per deadline passed, three) and the summary.
        Assert.True(shared.Count >= 5, $"expected the whole round in the channel, got {shared.Count} messages");
        Assert.All(shared, r =>
        {
            var raw = r.Body!.Value.GetRawText();
            Assert.All(silentNames, name => Assert.DoesNotContain(name, raw, StringComparison.Ordinal));
            Assert.DoesNotContain("<at>", raw, StringComparison.Ordinal);
            Assert.DoesNotContain("\u003Cat\u003E", raw, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Equal([B, E, F], nudges.Select(n => n.Body!.Value.GetProperty("recipient").GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(3, Nudges().Count);                                                       // one per person per phase, nobody twice
        Assert.All(nudges, n => Assert.All(silentNames, name => Assert.DoesNotContain(name, n.Body!.Value.GetRawText(), StringComparison.Ordinal)));
    }

    private async Task PassDeadlineAsync(string cardId, string nextPhase, TimeSpan? by = null)
    {
        Time.Advance(by ?? TimeSpan.FromHours(25));
        await PollAsync();
        await Connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == cardId
            && RoundTeam.AllText(RoundTeam.CardOf(r)).Contains(nextPhase), 1, RoundTeam.Wait);
    }
}
