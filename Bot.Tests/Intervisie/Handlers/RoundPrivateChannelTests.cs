using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>
/// Issue 17.2: a round in a private channel takes its people from that channel's own roster (the connector's paged members
/// of the channel's conversation), not from the whole team; the team's roster only when the connector has none for it.
/// </summary>
public sealed class RoundPrivateChannelTests : RoundTeamFixture
{
    private const string PrivateChannel = "19:intervisiegroep-noord@thread.tacv2";

    [Fact]
    public async Task PrivateChannel_OnlyItsOwnMembersCanJoin_TheRoundRunsWithThem()
    {
        Connector.ConversationMembers[PrivateChannel] =
            [TestActivities.Member(A, "Deelnemer A"), TestActivities.Member(B, "Deelnemer B"), TestActivities.Member(C, "Deelnemer C")];
        var group = new RoundTeam(Bot, Connector, Noord, channelId: PrivateChannel);
        var (roundId, cardId) = await group.OpenAsync(B);

        var outsider = await group.OptInAsync(roundId, D, cardId);                  // in the team, not in the private channel

        Assert.Contains("Je doet niet mee aan deze intervisieronde.", RoundTeam.AllText(outsider));
        foreach (var member in new[] { A, B, C }) await group.OptInAsync(roundId, member, cardId);
        var start = RoundTeam.StartData(A, B);
        start[RoundVerbs.RoundIdData] = roundId;
        await group.ClickAsync(RoundVerbs.Start, start, B, replyToId: cardId);
        var state = (await group.LoadAsync(roundId)).State;
        Assert.Equal(new[] { Aad(A), Aad(B), Aad(C) }.Order(StringComparer.Ordinal), state.Participants.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Contains(Connector.Requests, r => r.Operation == "GetPagedMembers" && r.ConversationId == PrivateChannel);
        Assert.DoesNotContain(Connector.Requests, r => r.Operation == "GetPagedMembers" && r.ConversationId == Noord);
    }

    [Fact]
    public async Task Channel_WhoseRosterTheConnectorRefuses_FallsBackToTheTeam()
    {
        Connector.FailureRule = r => r.Operation == "GetPagedMembers" && r.ConversationId == PrivateChannel ? new ScriptedFailure(404, ErrorCode: "ConversationNotFound") : null;
        var group = new RoundTeam(Bot, Connector, Noord, channelId: PrivateChannel);
        var (roundId, cardId) = await group.OpenAsync(B);

        await group.OptInAsync(roundId, D, cardId);

        Assert.Contains(Aad(D), (await group.LoadAsync(roundId)).State.Participants.Select(p => p.Id));
        Assert.Contains(Connector.Requests, r => r.Operation == "GetPagedMembers" && r.ConversationId == Noord);
    }
}
