using System.Text.Json;
using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Handlers;
using IntervisieBot.Localization;
using static IntervisieBot.Tests.Intervisie.IntervisieTestData;

namespace IntervisieBot.Tests.Intervisie.Domain;

/// <summary>Opening a round for another feature (a planned session): the planned method preselected, nobody in, one round per occasion.</summary>
public sealed class RoundOpeningTests
{
    [Fact]
    public void OpenRound_WithAPlannedMethod_GathersWithNobodyInAndThatMethodPreselected()
    {
        var round = new RoundHarness();
        round.Accept(new OpenRound(Session, Conversation, MemberC, MethodId: "incidentmethode"));

        Assert.Equal((RoundStatus.Gathering, 0, "incidentmethode"), (round.Current.Status, round.Current.Participants.Count, round.Current.MethodId));
        Assert.Equal("incidentmethode", MethodValue(round.Current));
    }

    [Fact]
    public void OpenRound_WithoutAMethod_PreselectsTheDefault()
    {
        var round = new RoundHarness();
        round.Accept(new OpenRound(Session, Conversation, MemberC));

        Assert.Equal("vijfstappenmethode", MethodValue(round.Current));
    }

    [Fact]
    public void RoundIdFor_TheSameOccasion_IsTheSameRoundId_AndAValidOne()
    {
        var first = RoundOpener.RoundIdFor("sched|team|20260312|v1|19:kanaal");

        Assert.Equal(first, RoundOpener.RoundIdFor("sched|team|20260312|v1|19:kanaal"));
        Assert.NotEqual(first, RoundOpener.RoundIdFor("sched|team|20260326|v1|19:kanaal"));
        Assert.True(Features.Intervisie.Storage.RoundKeys.IsRoundId(first));
    }

    private static string? MethodValue(RoundState state)
    {
        var model = new RoundCardModel(state, Registry.All[0], [], []) { Methods = Registry.All };
        using var json = JsonDocument.Parse(CardJson.Serialize(RoundCard.Create(BotCulture.Dutch, model, RoundViewer.Everyone)));
        return json.RootElement.GetProperty("body").EnumerateArray()
            .Single(e => e.TryGetProperty("id", out var id) && id.GetString() == RoundVerbs.MethodInput)
            .GetProperty("value").GetString();
    }
}
