using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Handlers;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>
/// Spread-over-days rounds on a fake clock (no sleeping): their deadlines and nudges go through the reminders outbox, and
/// each test drives the real reminder engine (one poll at the fake time) where the background delivery would poll.
/// </summary>
public sealed class RoundSpreadSchedulerTests : IAsyncLifetime
{
    private const string Noord = "19:team-noord@thread.tacv2";
    private const string A = "29:user-a";
    private const string B = "29:user-b";
    private const string C = "29:user-c";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private LoopbackConnector _connector = null!;
    private BotApplicationFactory _factory = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _bot = null!;
    private RoundTeam _team = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _connector.Members = [TestActivities.Member(A, "Deelnemer A"), TestActivities.Member(B, "Deelnemer B"), TestActivities.Member(C, "Deelnemer C")];
        _factory = new BotApplicationFactory(EngineDrivenByTheTest("instance-a"));
        _bot = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_time)));
        _team = new RoundTeam(_bot, _connector, Noord);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    /// <summary>Settings of a bot instance whose reminder engine the test polls itself.</summary>
    private static Dictionary<string, string?> EngineDrivenByTheTest(string instanceId, string? tablePrefix = null)
    {
        var settings = new Dictionary<string, string?> { ["Reminders:DeliveryEnabled"] = "false", ["Reminders:InstanceId"] = instanceId };
        if (tablePrefix is not null) settings["Storage:TablePrefix"] = tablePrefix;
        return settings;
    }

    /// <summary>One poll of the real reminder engine at the fake time, as the background delivery does: what is due is done.</summary>
    private Task<int> PollAsync() => _bot.Services.GetRequiredService<ReminderEngine>().RunOnceAsync(CancellationToken.None);

    private static bool IsNudge(RecordedRequest r) => r.Operation == "Send" && r.Query.Contains("isTargetedActivity=true", StringComparison.Ordinal);

    private IReadOnlyList<RecordedRequest> Nudges() => [.. _connector.Requests.Where(IsNudge)];

    [Fact]
    public async Task SpreadRound_NudgesPrivatelyOnceBeforeTheDeadlineAndAdvancesWhenItPasses()
    {
        var (roundId, cardId) = await _team.StartAsync(starter: B, inbrenger: A, gespreksleider: B, mode: RoundVerbs.ModeSpread, hours: 24);
        await _team.CasusAsync(roundId, A, "Klant die niet komt opdagen");
        var started = await _team.LoadAsync(roundId);
        Assert.Equal(_time.GetUtcNow().AddHours(24), started.State.Clock!.DeadlineAt);

        _time.Advance(TimeSpan.FromHours(18) + TimeSpan.FromMinutes(5));      // past the reminder (75 %), before the deadline
        Assert.Equal(1, await PollAsync());
        var nudge = (await _connector.WaitForRequestsAsync(IsNudge, 1, RoundTeam.Wait))[0];
        Assert.Equal(A, nudge.Body!.Value.GetProperty("recipient").GetProperty("id").GetString());   // phase 1 is the inbrenger's: only A
        Assert.Contains("Je bijdrage is nog welkom", CardText.Of(nudge.Body));
        Assert.DoesNotContain("Deelnemer", CardText.Of(nudge.Body));
        Assert.DoesNotContain(_connector.Requests, r => r.Operation is "Send" or "Reply" && !IsNudge(r) && (r.Text?.Contains("<at>", StringComparison.Ordinal) ?? false));
        Assert.Equal(0, (await _team.LoadAsync(roundId)).State.PhaseIndex);

        _time.Advance(TimeSpan.FromMinutes(5));                                 // another pass before the deadline: no second reminder
        Assert.Equal(0, await PollAsync());
        _time.Advance(TimeSpan.FromHours(6));                                   // the deadline passes
        Assert.Equal(1, await PollAsync());
        await _connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == cardId
            && RoundTeam.AllText(RoundTeam.CardOf(r)).Contains("Fase 2 van 5"), 1, RoundTeam.Wait);

        var advanced = await _team.LoadAsync(roundId);
        Assert.Equal(1, advanced.State.PhaseIndex);
        Assert.True(_time.GetUtcNow() < advanced.State.Clock!.DeadlineAt);
        Assert.Single(Nudges());
    }

    [Fact]
    public async Task SpreadRound_EveryoneExpectedContributed_CompletesThePhaseWithoutWaiting()
    {
        var (roundId, _) = await _team.StartAsync(starter: B, inbrenger: A, gespreksleider: B, mode: RoundVerbs.ModeSpread, hours: 48);
        await _team.CasusAsync(roundId, A, "Klant met schulden en stress");

        var card = await _team.ContributeAsync(roundId, 0, A, "Hoe help ik hem prioriteiten te stellen?");

        Assert.Contains("Fase 2 van 5", RoundTeam.AllText(card));
        Assert.Equal(1, (await _team.LoadAsync(roundId)).State.PhaseIndex);
    }

    /// <summary>
    /// Two bot instances on one storage poll the outbox at the same moment, when a phase's reminder is due and when its
    /// deadline is: each is claimed once, so the inbrenger is nudged once and the phase advances once (not twice).
    /// </summary>
    [Fact]
    public async Task SpreadRound_DeadlineDue_TwoEngineInstancesPollingAtOnce_FiresExactlyOnce()
    {
        // The other instance has seen no activity from this serviceUrl: it trusts it as a configured Teams host, as in production.
        var otherSettings = EngineDrivenByTheTest("instance-b", _factory.TablePrefix);
        otherSettings["Connector:TrustedServiceHosts:0"] = _connector.TrustedHostEntry;
        await using var otherFactory = new BotApplicationFactory(otherSettings);
        await using var other = otherFactory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_time)));
        var (roundId, cardId) = await _team.StartAsync(starter: B, inbrenger: A, gespreksleider: B, mode: RoundVerbs.ModeSpread, hours: 24);
        await _team.CasusAsync(roundId, A, "Klant die niet komt opdagen");

        var engines = new[] { _bot.Services.GetRequiredService<ReminderEngine>(), other.Services.GetRequiredService<ReminderEngine>() };
        Assert.NotEqual(engines[0].InstanceId, engines[1].InstanceId);
        Task<int[]> BothPollAsync() => Task.WhenAll(engines.Select(e => Task.Run(() => e.RunOnceAsync(CancellationToken.None))));

        _time.Advance(TimeSpan.FromHours(18) + TimeSpan.FromMinutes(5));      // the phase's reminder is due
        Assert.Equal(1, (await BothPollAsync()).Sum());                         // claimed by one instance only
        Assert.Equal(A, Assert.Single(Nudges()).Body!.Value.GetProperty("recipient").GetProperty("id").GetString()); // nudged once

        _time.Advance(TimeSpan.FromHours(6));                                   // the deadline passes
        Assert.Equal(1, (await BothPollAsync()).Sum());
        Assert.Equal(1, (await _team.LoadAsync(roundId)).State.PhaseIndex);     // advanced once, not twice
        await _connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == cardId
            && RoundTeam.AllText(RoundTeam.CardOf(r)).Contains("Fase 2 van 5"), 1, RoundTeam.Wait);

        Assert.Equal(0, (await BothPollAsync()).Sum());                         // nothing left due: the next phase's work is ahead
        Assert.Equal(1, (await _team.LoadAsync(roundId)).State.PhaseIndex);
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
        _connector.Members =
        [
            TestActivities.Member(A, "Deelnemer A"), TestActivities.Member(B, "Deelnemer B"), TestActivities.Member(C, "Deelnemer C"),
            TestActivities.Member(D, "Deelnemer D"), TestActivities.Member(E, "Zwijger Eva"), TestActivities.Member(F, "Zwijger Frank"),
            TestActivities.Member(G, "Vertrokken Gijs"),
        ];
        string[] silentNames = ["Zwijger Eva", "Zwijger Frank", "Vertrokken Gijs"];
        var (roundId, cardId) = await _team.OpenAsync(B);
        foreach (var member in new[] { A, B, C, D, E, F, G }) await _team.OptInAsync(roundId, member, cardId);
        await _team.SimpleAsync(RoundVerbs.OptOut, roundId, G);
        var start = RoundTeam.StartData(A, B, mode: RoundVerbs.ModeSpread, hours: 24);
        start[RoundVerbs.RoundIdData] = roundId;
        await _team.ClickAsync(RoundVerbs.Start, start, B, replyToId: cardId);
        await _team.CasusAsync(roundId, A, "Klant die steeds afzegt");

        await _team.ContributeAsync(roundId, 0, A, "Hoe krijg ik weer contact?");           // the inbrenger's phase completes at once
        await _team.ContributeAsync(roundId, 1, C, "Wanneer lukte het contact wel?");
        await PassDeadlineAsync(cardId, "Fase 3 van 5");
        await _team.ContributeAsync(roundId, 2, D, "Hij ziet de afspraken als verplichting, niet als hulp.");
        await PassDeadlineAsync(cardId, "Fase 4 van 5");
        await _team.ContributeAsync(roundId, 3, C, "Bel op een vast moment.");
        await _team.ContributeAsync(roundId, 3, D, "Ga samen op huisbezoek.");
        _time.Advance(TimeSpan.FromHours(18) + TimeSpan.FromMinutes(5));                      // the advice round's reminder is due
        await PollAsync();
        var nudges = await _connector.WaitForRequestsAsync(IsNudge, 3, RoundTeam.Wait);
        await PassDeadlineAsync(cardId, "Fase 5 van 5", TimeSpan.FromHours(6));
        await _team.ContributeAsync(roundId, 4, A, "Ik bel hem donderdag.");
        await _connector.WaitForRequestsAsync(r => r.Operation is "Send" or "Reply" && CardText.Of(r.Body).Contains("Samenvatting intervisieronde"), 1, RoundTeam.Wait);

        Assert.Equal(RoundStatus.Closed, (await _team.LoadAsync(roundId)).State.Status);
        await _bot.Services.GetRequiredService<RoundCardUpdates>().WhenIdleAsync(CancellationToken.None).WaitAsync(RoundTeam.Wait); // every card update went out
        var shared = _connector.Requests.Where(r => r.Operation is "Send" or "Reply" or "Update" && r.ConversationId == Noord && !IsNudge(r)).ToList();
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
        _time.Advance(by ?? TimeSpan.FromHours(25));
        await PollAsync();
        await _connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == cardId
            && RoundTeam.AllText(RoundTeam.CardOf(r)).Contains(nextPhase), 1, RoundTeam.Wait);
    }
}
