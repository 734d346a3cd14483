using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Shared;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>Whole rounds of both methods with several members, through /api/messages, Azurite and the loopback connector.</summary>
public sealed class RoundFlowTests : RoundTeamFixture
{
    [Fact]
    public async Task Vijfstappenmethode_FullRound_WalksEveryStepAndPostsSummary()
    {
        var (roundId, cardId) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        Assert.Contains((await CardUpdatesAsync(cardId)), u => RoundTeam.AllText(RoundTeam.CardOf(u)).Contains("De inbrenger beschrijft de casus"));

        var card = await Team.CasusAsync(roundId, A, "Klant komt afspraken niet na", "Een man van rond de 40 reageert niet op brieven.");
        Assert.Contains("Fase 1 van 5: Vraag inbrengen", RoundTeam.AllText(card));

        await Team.ContributeAsync(roundId, 0, A, "Hoe krijg ik weer contact met deze klant?");
        await Team.AdvanceAsync(roundId, 0, B);
        await Team.ContributeAsync(roundId, 1, C, "Wanneer lukte het contact wel?");
        card = await Team.ContributeAsync(roundId, 1, D, "Wie in zijn netwerk heeft wel contact met hem?");
        Assert.Contains("Wie in zijn netwerk heeft wel contact met hem?", RoundTeam.AllText(card));
        Assert.Contains("2 van 5 hebben bijgedragen", RoundTeam.AllText(card));
        await Team.AdvanceAsync(roundId, 1, B);
        await Team.ContributeAsync(roundId, 2, C, "Brieven komen niet aan bij wat hem bezighoudt.");
        await Team.AdvanceAsync(roundId, 2, B);
        await Team.ContributeAsync(roundId, 3, C, "Bel hem op een vast moment in de week.");
        await Team.ContributeAsync(roundId, 3, D, "Ga samen met de schuldhulpverlener op huisbezoek.");
        await Team.ContributeAsync(roundId, 3, B, "Vraag wat voor hem de eerste stap is.");
        await Team.AdvanceAsync(roundId, 3, B);
        await Team.ContributeAsync(roundId, 4, A, "Ik bel hem donderdag en plan een huisbezoek.");
        card = await Team.AdvanceAsync(roundId, 4, B);

        Assert.Contains("Intervisieronde afgerond", RoundTeam.AllText(card));
        var summary = RoundTeam.CardOf((await WaitForSummaryAsync())[0]);
        var text = RoundTeam.AllText(summary);
        Assert.Contains("Klant komt afspraken niet na", text);
        Assert.Contains("Ga samen met de schuldhulpverlener op huisbezoek.", text);
        Assert.Contains("Ik bel hem donderdag en plan een huisbezoek.", text);
        Assert.Contains(RoundVerbs.NewLesson, RoundTeam.VerbsIn(summary));
        Assert.Contains($"\"sourceId\":\"{roundId}\"", summary.GetRawText().Replace(" ", "", StringComparison.Ordinal));

        var stored = await Team.LoadAsync(roundId);
        Assert.Equal(RoundStatus.Closed, stored.State.Status);
        Assert.Equal(CloseReason.Completed, stored.State.CloseReason);
        Assert.Equal(8, stored.State.Contributions.Count);
        Assert.Null(await Team.Repository.GetActiveRoundIdAsync(Team.Partition, default));
        var rotation = Assert.Single(await Team.Repository.GetRotationAsync(new TeamScope(TestActivities.TenantId, Noord, Noord).PartitionKey, default));
        Assert.Equal(Aad(A), rotation.InbrengerId);
        var updates = await CardUpdatesAsync(cardId);
        Assert.True(updates.Count >= 2, $"expected the round card to be updated as the round went on, got {updates.Count}");
        Assert.Contains("Intervisieronde afgerond", RoundTeam.AllText(RoundTeam.CardOf(updates[^1]))); // the last update shows the round as it ended
    }

    [Fact]
    public async Task Incidentmethode_FullRound_HidesWrittenPhasesUntilRevealedAndCountsAnonymousChoices()
    {
        var (roundId, cardId) = await Team.StartAsync(starter: T, inbrenger: A, gespreksleider: B, method: "incidentmethode");
        await Team.CasusAsync(roundId, A, "Klant weigert werkfit-traject");

        await Team.AdvanceAsync(roundId, 0, B);                                        // incident kiezen (talk only)
        await Team.ContributeAsync(roundId, 1, A, "Ik moest kiezen tussen een maatregel en nog een gesprek.");
        await Team.AdvanceAsync(roundId, 1, B);
        var hidden = await Team.ContributeAsync(roundId, 2, C, "Wat zei de klant over zijn gezondheid?");
        await Team.ContributeAsync(roundId, 2, D, "Hoe lang loopt het traject al?");
        Assert.DoesNotContain("Wat zei de klant over zijn gezondheid?", RoundTeam.AllText(hidden));
        Assert.Contains("1 van 4 hebben bijgedragen", RoundTeam.AllText(hidden));
        await Team.AdvanceAsync(roundId, 2, B);
        var revealed = RoundTeam.AllText(RoundTeam.CardOf((await CardUpdatesAsync(cardId))[^1]));
        Assert.Contains("Wat zei de klant over zijn gezondheid?", revealed);         // informatieronde shows the questions
        await Team.AdvanceAsync(roundId, 3, B);
        await Team.ContributeAsync(roundId, 4, C, "Hij ziet het traject als straf.");
        await Team.AdvanceAsync(roundId, 4, B);
        await Team.ContributeAsync(roundId, 5, B, "Ik zou eerst zijn zorgen over zijn rug serieus nemen.");
        await Team.ContributeAsync(roundId, 5, D, "Ik zou de maatregel aankondigen maar nog niet opleggen.");
        await Team.AdvanceAsync(roundId, 5, B);
        await Team.AdvanceAsync(roundId, 6, B);
        await Team.ContributeAsync(roundId, 7, A, "Ik heb een extra gesprek met de arbeidsdeskundige gepland.");
        await Team.AdvanceAsync(roundId, 7, B);
        await Team.ContributeAsync(roundId, 8, D, "Zorgen over gezondheid eerst uitvragen.");
        await Team.AdvanceAsync(roundId, 8, B);
        await Team.ContributeAsync(roundId, 9, B, null, "waardevol");
        var evaluation = await Team.ContributeAsync(roundId, 9, C, null, "waardevol");
        Assert.Contains("2 van 5 hebben bijgedragen (anoniem)", RoundTeam.AllText(evaluation));
        await Team.AdvanceAsync(roundId, 9, B);

        var summary = RoundTeam.AllText(RoundTeam.CardOf((await WaitForSummaryAsync())[0]));
        Assert.Contains("Ik zou de maatregel aankondigen maar nog niet opleggen.", summary);
        Assert.Contains("Ik heb een extra gesprek met de arbeidsdeskundige gepland.", summary);
        Assert.Contains("Waardevol: 2", summary);
        Assert.Equal(RoundStatus.Closed, (await Team.LoadAsync(roundId)).State.Status);
    }

    [Fact]
    public async Task SubmitFallback_ContributionAsMessage_IsStoredAndCardUpdated()
    {
        var (roundId, cardId) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant met taalachterstand");
        await Team.AdvanceAsync(roundId, 0, B);
        var before = (await CardUpdatesAsync(cardId)).Count;

        var message = TestActivities.Message(Connector.ServiceUrl, "", fromId: C, replyToId: cardId, value: new Dictionary<string, object>
        {
            ["verb"] = RoundVerbs.Contribute, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.PhaseIndexData] = 1,
            [RoundVerbs.ContributionInput] = "Welke taal spreekt hij thuis?",
        }).InChannel(Noord);
        await Team.PostAsync(message);

        await Connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == cardId
            && RoundTeam.AllText(RoundTeam.CardOf(r)).Contains("Welke taal spreekt hij thuis?"), 1, RoundTeam.Wait);
        Assert.Contains((await Team.LoadAsync(roundId)).State.Contributions, c => c.Text == "Welke taal spreekt hij thuis?" && c.AuthorId == Aad(C));
        Assert.True((await CardUpdatesAsync(cardId)).Count > before);
    }

    [Fact]
    public async Task Refresh_AutomaticTrigger_ReturnsThePersonalView()
    {
        var (roundId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant met schulden");

        var forInbrenger = await Team.SimpleAsync(RoundVerbs.Refresh, roundId, A, trigger: "automatic");
        var forGespreksleider = await Team.SimpleAsync(RoundVerbs.Refresh, roundId, B, trigger: "automatic");
        var forMember = await Team.SimpleAsync(RoundVerbs.Refresh, roundId, C, trigger: "automatic");

        Assert.Contains(RoundVerbs.Contribute, RoundTeam.VerbsIn(forInbrenger));     // phase 1: the inbrenger writes
        Assert.DoesNotContain(RoundVerbs.Advance, RoundTeam.VerbsIn(forInbrenger));
        Assert.Contains(RoundVerbs.Advance, RoundTeam.VerbsIn(forGespreksleider));
        // "Volgende fase" must not be blocked by the (required) contribution input on the same card.
        Assert.Contains("\"verb\":\"intervisie.advance\",\"data\":{\"verb\":\"intervisie.advance\",\"roundId\":\"" + roundId + "\",\"phaseIndex\":0},\"associatedInputs\":\"none\"",
            forGespreksleider.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(RoundVerbs.Contribute, RoundTeam.VerbsIn(forMember));
        Assert.DoesNotContain(RoundVerbs.Advance, RoundTeam.VerbsIn(forMember));
        Assert.Contains("Fase 1 van 5", RoundTeam.AllText(forMember));
    }

    [Fact]
    public async Task StartCard_OffersTheMethodsAndTakingPart_AndEnrolsNobody()
    {
        var reply = await Team.SayAsync("start intervisie", B);
        var card = RoundTeam.CardOf(reply);
        var text = RoundTeam.AllText(card);
        Assert.Contains("Vijfstappenmethode", text);
        Assert.Contains("Incidentmethode", text);
        Assert.Contains("Nog niemand doet mee.", text);
        Assert.DoesNotContain("Deelnemer", text);                                // the shared card names nobody
        Assert.Contains(RoundVerbs.OptIn, RoundTeam.VerbsIn(card));
        var stored = await Team.LoadAsync(RoundTeam.RoundIdIn(card)!);
        Assert.Equal(RoundStatus.Gathering, stored.State.Status);
        Assert.Empty(stored.State.Participants);
    }

    [Fact]
    public async Task Start_InPersonalChat_IsPolitelyRefused()
    {
        var reply = await Team.SayAsync("start intervisie", A, conversationType: "personal");

        Assert.Contains("Alleen in een kanaal of groepschat", CardText.Of(reply.Body));
    }

    [Fact]
    public async Task Start_SecondRoundInSameChannel_IsRefusedUntilTheFirstCloses()
    {
        var (first, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);

        var reply = await Team.SayAsync("start intervisie", C);
        Assert.Contains("Er loopt al een ronde", CardText.Of(reply.Body));

        await Team.SimpleAsync(RoundVerbs.Close, first, B);
        var (second, _) = await Team.StartAsync(starter: C, inbrenger: C, gespreksleider: D);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Start_WhileARoundRuns_OffersAWayToThatRound_AndTheGespreksleiderMayCloseIt()
    {
        var (first, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);

        var forMember = RoundTeam.CardOf(await Team.SayAsync("start intervisie", C));
        var forGespreksleider = RoundTeam.CardOf(await Team.SayAsync("start intervisie", B));

        Assert.Equal([RoundVerbs.Refresh], RoundTeam.VerbsIn(forMember));
        Assert.Equal([RoundVerbs.Refresh, RoundVerbs.Close], RoundTeam.VerbsIn(forGespreksleider));
        Assert.Equal(first, RoundTeam.RoundIdIn(forMember));

        // "Toon die ronde" brings the running round's card back; "Sluit die ronde" closes it.
        var shown = await Team.SimpleAsync(RoundVerbs.Refresh, first, C);
        Assert.Equal(first, RoundTeam.RoundIdIn(shown));
        Assert.DoesNotContain("Er loopt al een ronde", RoundTeam.AllText(shown));
        await Team.SimpleAsync(RoundVerbs.Close, first, B);
        Assert.Null(await Team.Repository.GetActiveRoundIdAsync(Team.Partition, default));
    }

    [Fact]
    public async Task Start_TwoStartsAtOnce_CreateExactlyOneRound()
    {
        var cards = (await Task.WhenAll(Team.SayAsync("start intervisie", B), Team.SayAsync("start intervisie", C))).Select(RoundTeam.CardOf).ToList();

        Assert.Single(cards, c => RoundTeam.AllText(c).Contains("Er loopt al een ronde"));
        var opened = Assert.Single(cards, c => RoundTeam.VerbsIn(c).Contains(RoundVerbs.OptIn));
        Assert.Equal(await Team.Repository.GetActiveRoundIdAsync(Team.Partition, default), RoundTeam.RoundIdIn(opened));
    }

    [Fact]
    public async Task Pause_Resume_Close_ByGespreksleider()
    {
        var (roundId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant zonder vaste woonplek");

        var paused = await Team.SimpleAsync(RoundVerbs.Pause, roundId, B);
        Assert.Contains("Ronde gepauzeerd", RoundTeam.AllText(paused));
        var refused = await Team.ContributeAsync(roundId, 0, A, "Hoe vind ik hem?");
        Assert.Contains(IntervisieBot.Features.Intervisie.Cards.IntervisieStrings.Refusal(RefusalReason.RoundPaused, IntervisieBot.Localization.BotCulture.Dutch), RoundTeam.AllText(refused));
        await Team.SimpleAsync(RoundVerbs.Resume, roundId, B);
        Assert.Equal(RoundStatus.Running, (await Team.LoadAsync(roundId)).State.Status);

        await Team.SimpleAsync(RoundVerbs.Close, roundId, B);
        var summary = RoundTeam.AllText(RoundTeam.CardOf((await WaitForSummaryAsync())[0]));
        Assert.Contains("Gesloten na 0 van 5 fasen.", summary);
        Assert.Equal(CloseReason.ClosedEarly, (await Team.LoadAsync(roundId)).State.CloseReason);
    }
}
