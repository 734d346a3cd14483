using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Localization;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>Taking part is a choice (issue 17): "Ik doe mee" on the start card, against the real bot, Azurite and the loopback connector.</summary>
public sealed class RoundTakingPartTests : RoundTeamFixture
{
    private static string Refusal(RefusalReason reason) => IntervisieBot.Features.Intervisie.Cards.IntervisieStrings.Refusal(reason, BotCulture.Dutch);

    private static Dictionary<string, object> SharedStart(string roundId) => new()
    {
        ["verb"] = RoundVerbs.Start, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.MethodInput] = "vijfstappenmethode", [RoundVerbs.ModeInput] = RoundVerbs.ModeLive,
    };

    [Fact]
    public async Task OnlyThoseWhoJoined_TakePart_AndTheRolesAreProposedAmongThem()
    {
        var (roundId, cardId) = await Team.OpenAsync(T);
        await Team.OptInAsync(roundId, A, cardId);
        await Team.OptInAsync(roundId, C, cardId);
        var personal = await Team.OptInAsync(roundId, D, cardId);

        // The one who joined sees the proposal and may change it, among those who joined only.
        var personalText = RoundTeam.AllText(personal);
        Assert.Contains("Aantal deelnemers: 3", personalText);
        Assert.Contains("Deelnemer C", personalText);
        Assert.DoesNotContain("Deelnemer B", personalText);
        Assert.DoesNotContain("Teamleider T", personalText);
        Assert.Contains(RoundVerbs.OptOut, RoundTeam.VerbsIn(personal));
        Assert.DoesNotContain(RoundVerbs.OptIn, RoundTeam.VerbsIn(personal));
        var shared = RoundTeam.AllText(RoundTeam.CardOf((await CardUpdatesAsync(cardId))[^1]));
        Assert.Contains("Aantal deelnemers: 3", shared);
        Assert.DoesNotContain("Deelnemer", shared);                               // the card everyone sees counts, names nobody

        // The shared card's button carries no roles: the stored proposal is used.
        await Team.ClickAsync(RoundVerbs.Start, SharedStart(roundId), C, replyToId: cardId);
        var state = (await Team.LoadAsync(roundId)).State;
        Assert.Equal(RoundStatus.AwaitingCasus, state.Status);
        Assert.Equal(new[] { Aad(A), Aad(C), Aad(D) }.Order(StringComparer.Ordinal), state.Participants.Select(p => p.Id).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(state.InbrengerId, (string[])[Aad(A), Aad(C), Aad(D)]);
        Assert.Contains(state.GespreksleiderId, (string[])[Aad(A), Aad(C), Aad(D)]);
        Assert.NotEqual(state.InbrengerId, state.GespreksleiderId);

        // Who did not join cannot take part by writing either.
        await Team.CasusAsync(roundId, Key(state.InbrengerId), "Klant die steeds afzegt");
        await Team.AdvanceAsync(roundId, 0, Key(state.GespreksleiderId));
        Assert.Contains(Refusal(RefusalReason.NotAParticipant), RoundTeam.AllText(await Team.ContributeAsync(roundId, 1, B, "Mag ik ook een vraag stellen?")));
        Assert.DoesNotContain((await Team.LoadAsync(roundId)).State.Contributions, c => c.AuthorId == Aad(B));
    }

    [Fact]
    public async Task OptOut_BeforeTheStart_LeavesTheRound_AfterTheStartIsRefused()
    {
        var (roundId, cardId) = await Team.OpenAsync(A);
        await Team.OptInAsync(roundId, A, cardId);
        await Team.OptInAsync(roundId, B, cardId);
        await Team.OptInAsync(roundId, C, cardId);

        var left = await Team.SimpleAsync(RoundVerbs.OptOut, roundId, C);
        Assert.Contains(RoundVerbs.OptIn, RoundTeam.VerbsIn(left));
        Assert.False((await Team.LoadAsync(roundId)).State.IsParticipant(Aad(C)));

        await Team.ClickAsync(RoundVerbs.Start, SharedStart(roundId), A, replyToId: cardId);
        var before = await Team.LoadAsync(roundId);
        Assert.Contains(Refusal(RefusalReason.RoundAlreadyBegun), RoundTeam.AllText(await Team.SimpleAsync(RoundVerbs.OptOut, roundId, B)));
        Assert.Contains(Refusal(RefusalReason.RoundAlreadyBegun), RoundTeam.AllText(await Team.OptInAsync(roundId, C)));
        var after = await Team.LoadAsync(roundId);
        Assert.Equal(before.State.Version, after.State.Version);
        Assert.Equal(2, after.State.Participants.Count);
    }

    [Fact]
    public async Task Start_BySomeoneWhoDidNotJoin_OrWithOnePersonInBothRoles_IsRefusedAndTheRoundKeepsGathering()
    {
        var (roundId, cardId) = await Team.OpenAsync(T);
        await Team.OptInAsync(roundId, A, cardId);
        await Team.OptInAsync(roundId, B, cardId);

        Assert.Contains(Refusal(RefusalReason.NotAParticipant), RoundTeam.AllText(await Team.ClickAsync(RoundVerbs.Start, SharedStart(roundId), T, replyToId: cardId)));
        var sameRoles = SharedStart(roundId);
        sameRoles[RoundVerbs.InbrengerInput] = Aad(A);
        sameRoles[RoundVerbs.GespreksleiderInput] = Aad(A);
        Assert.Contains(Refusal(RefusalReason.SameInbrengerAndGespreksleider), RoundTeam.AllText(await Team.ClickAsync(RoundVerbs.Start, sameRoles, A, replyToId: cardId)));
        await Team.SimpleAsync(RoundVerbs.OptOut, roundId, B);
        Assert.Contains(Refusal(RefusalReason.RoundNotBegun), RoundTeam.AllText(await Team.ContributeAsync(roundId, 0, A, "Te vroeg")));

        var stored = await Team.LoadAsync(roundId);
        Assert.Equal(RoundStatus.Gathering, stored.State.Status);
        Assert.Equal([Aad(A)], stored.State.Participants.Select(p => p.Id).ToArray());
    }

    [Theory]
    [InlineData(3, "met minder kan het ook", false)]
    [InlineData(6, null, false)]
    [InlineData(9, "Splits in twee groepen", true)]
    public async Task StartCard_RecommendsFourToEight_AndAboveEightOffersToSplit(int joining, string? advice, bool split)
    {
        var members = Enumerable.Range(1, joining).Select(i => $"29:lid-{i:D2}").ToList();
        Connector.Members = [.. members.Select(m => TestActivities.Member(m, "Lid " + m[^2..]))];
        var (roundId, cardId) = await Team.OpenAsync(members[0]);
        foreach (var member in members) await Team.OptInAsync(roundId, member, cardId);

        var shared = RoundTeam.AllText(RoundTeam.CardOf((await CardUpdatesAsync(cardId))[^1]));
        Assert.Contains($"Aantal deelnemers: {joining}", shared);
        if (advice is not null) Assert.Contains(advice, shared);
        Assert.Equal(split, shared.Contains("Splits in twee groepen", StringComparison.Ordinal));
        Assert.Equal(joining, (await Team.LoadAsync(roundId)).State.Participants.Count);
    }

    [Fact]
    public async Task Inbrenger_WithdrawsTheCasus_TheRoundClosesWithoutSummaryAndForgetsIt()
    {
        var (roundId, cardId) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant met een moeilijke vraag");
        Assert.Contains(Refusal(RefusalReason.NotInbrenger), RoundTeam.AllText(await Team.SimpleAsync(RoundVerbs.Withdraw, roundId, B)));

        var card = await Team.SimpleAsync(RoundVerbs.Withdraw, roundId, A);

        Assert.Contains("De inbrenger heeft de casus teruggetrokken", RoundTeam.AllText(card));
        var stored = await Team.LoadAsync(roundId);
        Assert.Equal(CloseReason.Withdrawn, stored.State.CloseReason);
        Assert.Null(stored.State.Casus);
        Assert.Null(await Team.Repository.GetActiveRoundIdAsync(Team.Partition, default));
        await Connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == cardId
            && RoundTeam.AllText(RoundTeam.CardOf(r)).Contains("teruggetrokken"), 1, RoundTeam.Wait);
        Assert.DoesNotContain(Connector.Requests, r => r.Operation is "Send" or "Reply" && CardText.Of(r.Body).Contains("Samenvatting intervisieronde"));
        Assert.DoesNotContain("Klant met een moeilijke vraag", RoundTeam.AllText(RoundTeam.CardOf((await CardUpdatesAsync(cardId))[^1])));
    }

    [Fact]
    public async Task AlreadyActive_OffersTheTeamleiderNoCloseButton()
    {
        await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);

        var forTeamleider = RoundTeam.CardOf(await Team.SayAsync("start intervisie", T));

        Assert.Equal([RoundVerbs.Refresh], RoundTeam.VerbsIn(forTeamleider));
    }

    [Fact]
    public async Task GroupInItsOwnGroupChat_RunsWithItsOwnRotation_AndItsRoundIsNotFoundFromTheTeamChannel()
    {
        const string Chat = "19:intervisiegroep-oost@thread.v2";
        var group = new RoundTeam(Bot, Connector, Chat, groupChat: true);
        var (inChannel, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B, joiners: [A, B, C]);
        await Team.CasusAsync(inChannel, A, "Klant in het team besproken");

        var (roundId, cardId) = await group.OpenAsync(C);
        await group.OptInAsync(roundId, A, cardId);
        await group.OptInAsync(roundId, C, cardId);
        await group.OptInAsync(roundId, D, cardId);
        await group.ClickAsync(RoundVerbs.Start, SharedStart(roundId), C, replyToId: cardId);

        var stored = await group.LoadAsync(roundId);
        var channel = await Team.LoadAsync(inChannel);
        Assert.NotEqual(channel.TeamPartition, stored.TeamPartition);
        Assert.Single(await Team.Repository.GetRotationAsync(channel.TeamPartition, default));       // the team's round counted there
        Assert.Empty(await group.Repository.GetRotationAsync(stored.TeamPartition, default));        // and not in the group's rotation
        var fresh = Features.Intervisie.Domain.RotationAdvisor.Suggest([.. new[] { A, C, D }.Select(u => new Features.Intervisie.Domain.RotationMember(Aad(u)))], []);
        Assert.Equal(fresh.InbrengerId, stored.State.InbrengerId);
        Assert.Contains(Refusal(RefusalReason.RoundNotFound), RoundTeam.AllText(await Team.SimpleAsync(RoundVerbs.Refresh, roundId, T)));
    }

    [Fact]
    public async Task WelkeMethodePast_SuggestsAMethodAndWhy_OrAsksForTheKindFirst()
    {
        var (roundId, cardId) = await Team.OpenAsync(A);
        Assert.Contains("Welke methode past?", RoundTeam.AllText(RoundTeam.CardOf(Connector.Requests.Single(r => r.ResponseId == cardId))));

        var dilemma = await Team.ClickAsync(RoundVerbs.SuggestMethod, new Dictionary<string, object>
        {
            ["verb"] = RoundVerbs.SuggestMethod, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.KindInput] = "dilemma", [RoundVerbs.TimeInput] = "90",
        }, A, replyToId: cardId);
        var nothing = await Team.ClickAsync(RoundVerbs.SuggestMethod, new Dictionary<string, object>
        {
            ["verb"] = RoundVerbs.SuggestMethod, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.KindInput] = "<script>", [RoundVerbs.TimeInput] = "veel",
        }, A, replyToId: cardId);

        Assert.Contains("Voorstel: Moreel beraad (Utrechts stappenplan) (ongeveer 75 minuten). Waarom: jullie wegen waarden en belangen af", RoundTeam.AllText(dilemma));
        Assert.Contains("Kies eerst wat voor casus het is", RoundTeam.AllText(nothing));
        Assert.Equal(RoundStatus.Gathering, (await Team.LoadAsync(roundId)).State.Status);
    }

    private static string Key(string aad) => new[] { A, B, C, D, T }.Single(u => Aad(u) == aad);
}
