using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Localization;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>The "must hold under real use" list of the rounds issue, each against the real bot and Azurite.</summary>
public sealed class RoundMustHoldTests : RoundTeamFixture
{
    private static string Refusal(RefusalReason reason) => IntervisieBot.Features.Intervisie.Cards.IntervisieStrings.Refusal(reason, BotCulture.Dutch);

    [Fact]
    public async Task TwentyMembers_SubmitInTheSameSecond_AllTwentyStoredAndShown()
    {
        var members = Enumerable.Range(1, 20).Select(i => $"29:member-{i:D2}").ToList();
        Connector.Members = [TestActivities.Member(A, "Deelnemer A"), TestActivities.Member(B, "Deelnemer B"), .. members.Select(m => TestActivities.Member(m, "Lid " + m[^2..]))];
        var (roundId, cardId) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant met wisselende motivatie");
        await Team.AdvanceAsync(roundId, 0, B);                                   // verkennen: everyone may ask

        await Task.WhenAll(members.Select(m => Team.ContributeAsync(roundId, 1, m, "Open vraag van " + m[^2..])));

        var stored = await Team.LoadAsync(roundId);
        Assert.Equal(20, stored.State.ContributionsIn(1).Count());
        Assert.Equal(20, stored.State.ContributionsIn(1).Select(c => c.AuthorId).Distinct().Count());
        var last = (await Connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == cardId
            && RoundTeam.AllText(RoundTeam.CardOf(r)).Contains("20 van 22 hebben bijgedragen"), 1, RoundTeam.Wait))[0];
        var shown = RoundTeam.AllText(RoundTeam.CardOf(last));
        Assert.All(members, m => Assert.Contains("Open vraag van " + m[^2..], shown));
        Assert.All((await CardUpdatesAsync(cardId)), u => Assert.True(u.Body!.Value.GetProperty("attachments")[0].GetProperty("content").GetRawText().Length * 2 < 100_000));
    }

    [Fact]
    public async Task Gespreksleider_DoubleClicksNextPhase_AdvancesOnce()
    {
        var (roundId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant met psychische klachten");
        var before = await Team.LoadAsync(roundId);

        await Task.WhenAll(Team.AdvanceAsync(roundId, 0, B), Team.AdvanceAsync(roundId, 0, B));
        await Team.AdvanceAsync(roundId, 0, B);                                   // a late third click with the old card

        var after = await Team.LoadAsync(roundId);
        Assert.Equal(1, after.State.PhaseIndex);
        Assert.Equal(before.State.Version + 2, after.State.Version);            // one PhaseCompleted + one PhaseStarted
    }

    [Fact]
    public async Task Restart_MidRound_ContinuesWhereItWas()
    {
        var (roundId, cardId) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant met kinderopvangprobleem");
        await Team.ContributeAsync(roundId, 0, A, "Hoe regel ik opvang zonder netwerk?");
        await Team.AdvanceAsync(roundId, 0, B);
        await Team.ContributeAsync(roundId, 1, C, "Wie past er nu op?");
        await Bot.DisposeAsync();

        await using var restarted = new BotApplicationFactory(Settings(Bot.TablePrefix));
        var team = new RoundTeam(restarted, Connector, Noord);
        var card = await team.ContributeAsync(roundId, 1, D, "Wat zegt de school?");
        var text = RoundTeam.AllText(card);
        Assert.Contains("Wie past er nu op?", text);
        Assert.Contains("Wat zegt de school?", text);
        await team.AdvanceAsync(roundId, 1, B);

        var stored = await team.LoadAsync(roundId);
        Assert.Equal(2, stored.State.PhaseIndex);
        Assert.Equal("Klant met kinderopvangprobleem", stored.State.Casus!.Title);
        Assert.Equal(3, stored.State.Contributions.Count);
        Assert.Equal(cardId, stored.CardActivityId);
        await Connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == cardId && RoundTeam.AllText(RoundTeam.CardOf(r)).Contains("Probleem formuleren"), 1, RoundTeam.Wait);
    }

    public static TheoryData<string, string, string, string> ForgedActions => new()
    {
        // who, from which team, which round id ("own" = the real one, "forged" = a made-up id), expected refusal text
        { "29:outsider", Noord, "own", Refusal(RefusalReason.NotAParticipant) },
        { C, Noord, "forged", Refusal(RefusalReason.RoundNotFound) },
        { C, Zuid, "own", Refusal(RefusalReason.RoundNotFound) },
        { C, Noord, "not-an-id", Refusal(RefusalReason.InvalidCommand) },
    };

    [Theory]
    [MemberData(nameof(ForgedActions))]
    public async Task Contribute_FromOutsiderForgedIdOrOtherTeam_IsRefusedAndChangesNothing(string who, string team, string id, string expected)
    {
        var (roundId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant met verslaving");
        await Team.AdvanceAsync(roundId, 0, B);
        var before = await Team.LoadAsync(roundId);
        var target = id switch { "own" => roundId, "forged" => Guid.NewGuid().ToString("N"), _ => id };

        var card = await Team.ContributeAsync(target, 1, who, "Ingestuurde vraag", teamId: team);
        var advance = await Team.AdvanceAsync(target, 1, who, teamId: team);

        Assert.Contains(expected, RoundTeam.AllText(card));
        Assert.DoesNotContain(RoundVerbs.Advance, RoundTeam.VerbsIn(advance));
        var after = await Team.LoadAsync(roundId);
        Assert.Equal(before.ETag, after.ETag);
        Assert.Equal(before.State.Version, after.State.Version);
        Assert.Equal(before.State.Participants.Count, after.State.Participants.Count);
        Assert.Equal(before.State.Contributions.Select(c => c.Id), after.State.Contributions.Select(c => c.Id));
        Assert.Null(await Team.Repository.LoadAsync(RoundKeys.Partition(TestActivities.TenantId, Zuid), roundId, default));
    }

    [Fact]
    public async Task Klantmanager_CannotAdvance_OnlyTheGespreksleiderCan()
    {
        var (roundId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant met laaggeletterdheid");

        var refused = await Team.AdvanceAsync(roundId, 0, C);
        Assert.Contains(Refusal(RefusalReason.NotAllowedForActor), RoundTeam.AllText(refused));
        Assert.Equal(0, (await Team.LoadAsync(roundId)).State.PhaseIndex);
        Assert.Contains(Refusal(RefusalReason.NotAllowedForActor), RoundTeam.AllText(await Team.SimpleAsync(RoundVerbs.Close, roundId, C)));

        var advanced = await Team.AdvanceAsync(roundId, 0, B);
        Assert.Contains("Fase 2 van 5", RoundTeam.AllText(advanced));
        Assert.Equal(1, (await Team.LoadAsync(roundId)).State.PhaseIndex);
    }

    [Fact]
    public async Task Teamleider_WhoJoined_HasNoRoundPowers_AndEveryRefusalLeavesTheRoundUnchanged()
    {
        var (roundId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant met laaggeletterdheid");
        var before = await Team.LoadAsync(roundId);
        Assert.True(before.State.IsParticipant(Aad(T)));                       // the teamleider joined like anyone else

        foreach (var verb in new[] { RoundVerbs.Pause, RoundVerbs.Close })
        {
            Assert.Contains(Refusal(RefusalReason.NotAllowedForActor), RoundTeam.AllText(await Team.SimpleAsync(verb, roundId, T)));
        }

        Assert.Contains(Refusal(RefusalReason.NotAllowedForActor), RoundTeam.AllText(await Team.AdvanceAsync(roundId, 0, T)));
        Assert.Contains(Refusal(RefusalReason.NotInbrenger), RoundTeam.AllText(await Team.SimpleAsync(RoundVerbs.Withdraw, roundId, T)));
        await Team.SimpleAsync(RoundVerbs.Pause, roundId, B);
        Assert.Contains(Refusal(RefusalReason.NotAllowedForActor), RoundTeam.AllText(await Team.SimpleAsync(RoundVerbs.Resume, roundId, T)));

        var after = await Team.LoadAsync(roundId);
        Assert.Equal(RoundStatus.Paused, after.State.Status);
        Assert.Equal(before.State.PhaseIndex, after.State.PhaseIndex);
        Assert.Equal(before.State.Version + 1, after.State.Version);            // only the gespreksleider's pause changed it
        Assert.DoesNotContain(RoundVerbs.Advance, RoundTeam.VerbsIn(await Team.SimpleAsync(RoundVerbs.Refresh, roundId, T)));
    }

    [Fact]
    public async Task Casus_WithPersonalData_IsNotStoredAndPrivacyCardReturned()
    {
        var (roundId, cardId) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        var updatesBefore = (await CardUpdatesAsync(cardId)).Count;

        var card = await Team.CasusAsync(roundId, A, "Klant met BSN 111222333 komt niet");

        var text = RoundTeam.AllText(card);
        Assert.Contains(RoundVerbs.Casus, RoundTeam.VerbsIn(card));
        Assert.Contains("Klant met [BSN weggelaten] komt niet", text);           // handed back masked, to edit
        Assert.DoesNotContain("111222333", text, StringComparison.Ordinal);
        var stored = await Team.LoadAsync(roundId);
        Assert.Null(stored.State.Casus);
        Assert.Equal(RoundStatus.AwaitingCasus, stored.State.Status);
        Assert.Equal(updatesBefore, (await CardUpdatesAsync(cardId)).Count);
        Assert.DoesNotContain(Connector.Requests, r => r.Body?.GetRawText().Contains("111222333", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Casus_ByOtherMember_IsRefused()
    {
        var (roundId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);

        var card = await Team.CasusAsync(roundId, C, "Een casus van iemand anders");

        Assert.Contains(Refusal(RefusalReason.NotInbrenger), RoundTeam.AllText(card));
        Assert.Null((await Team.LoadAsync(roundId)).State.Casus);
    }

    [Fact]
    public async Task TwoTeams_RunRoundsAtOnce_WithoutInterference()
    {
        var zuid = new RoundTeam(Bot, Connector, Zuid);
        var (noordId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        var (zuidId, _) = await zuid.StartAsync(starter: C, inbrenger: C, gespreksleider: D);
        await Task.WhenAll(Team.CasusAsync(noordId, A, "Casus Noord"), zuid.CasusAsync(zuidId, C, "Casus Zuid"));
        await Task.WhenAll(Team.AdvanceAsync(noordId, 0, B), zuid.AdvanceAsync(zuidId, 0, D));

        await Task.WhenAll(Team.ContributeAsync(noordId, 1, C, "Vraag in Noord"), zuid.ContributeAsync(zuidId, 1, A, "Vraag in Zuid", teamId: Zuid));

        var noord = await Team.LoadAsync(noordId);
        var south = await zuid.LoadAsync(zuidId);
        Assert.Equal("Casus Noord", noord.State.Casus!.Title);
        Assert.Equal("Casus Zuid", south.State.Casus!.Title);
        Assert.Equal(["Vraag in Noord"], noord.State.ContributionsIn(1).Select(c => c.Text));
        Assert.Equal(["Vraag in Zuid"], south.State.ContributionsIn(1).Select(c => c.Text));
        Assert.Equal(noordId, await Team.Repository.GetActiveRoundIdAsync(Team.Partition, default));
        Assert.Equal(zuidId, await Team.Repository.GetActiveRoundIdAsync(zuid.Partition, default));
    }

    [Fact]
    public async Task SoloTeam_OneMemberIsInbrengerAndGespreksleider()
    {
        Connector.Members = [TestActivities.Member(A, "Deelnemer A")];
        var (roundId, _) = await Team.StartAsync(starter: A, inbrenger: A, gespreksleider: A);
        await Team.CasusAsync(roundId, A, "Proefronde");
        for (var i = 0; i < 5; i++) await Team.AdvanceAsync(roundId, i, A);

        Assert.Equal(RoundStatus.Closed, (await Team.LoadAsync(roundId)).State.Status);
        await WaitForSummaryAsync();
    }

    [Fact]
    public async Task EveryCardSent_StaysUnder28KB()
    {
        var members = Enumerable.Range(1, 60).Select(i => $"29:member-{i:D2}").ToList();
        Connector.Members = [TestActivities.Member(A, "Deelnemer A"), TestActivities.Member(B, "Deelnemer B"), .. members.Select(m => TestActivities.Member(m, "Klantmanager met een lange naam " + m[^2..]))];
        var (roundId, cardId) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant met multiproblematiek", new string('x', 1900));
        await Team.AdvanceAsync(roundId, 0, B);
        var updatesBefore = (await CardUpdatesAsync(cardId)).Count;                           // the 62 opt-ins each updated the start card
        var longText = string.Concat(Enumerable.Repeat("Een lange open vraag over de situatie. ", 30))[..RoundEngine_MaxContribution];
        await Task.WhenAll(members.Select(m => Team.ContributeAsync(roundId, 1, m, longText + m[^2..])));

        var cards = Connector.Requests.Where(r => r.FirstAttachmentContentType == "application/vnd.microsoft.card.adaptive").Select(RoundTeam.CardOf).ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.True(c.GetRawText().Length * 2 <= CardSize.MessagingExtensionLimitBytes, $"card of {c.GetRawText().Length * 2} bytes"));
        var full = await Connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == cardId
            && RoundTeam.AllText(RoundTeam.CardOf(r)).Contains("60 van 62 hebben bijgedragen"), 1, RoundTeam.Wait);
        Assert.Contains("meer", RoundTeam.AllText(RoundTeam.CardOf(full[0])));
        var coalesced = (await CardUpdatesAsync(cardId)).Count - updatesBefore;
        Assert.True(coalesced < 60, $"card updates should coalesce, got {coalesced}");
    }

    private const int RoundEngine_MaxContribution = Features.Intervisie.Domain.RoundEngine.MaxContributionLength - 10;
}
