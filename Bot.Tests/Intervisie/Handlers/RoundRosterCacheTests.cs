using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>
/// The team's roster is read through a cache (issue #16.4): joining a round does not read the member list again for every
/// member, and a conversationUpdate of the team (a member added) makes the bot read it again, so a new member can join.
/// </summary>
public sealed class RoundRosterCacheTests : RoundTeamFixture
{
    private const string E = "29:user-e";

    [Fact]
    public async Task OptIns_ReadTheRosterOnce_AndAMemberAddedToTheTeamCanJoinAfterTheConversationUpdate()
    {
        var (roundId, cardId) = await Team.OpenAsync(B);
        var readsBefore = RosterReads();
        await Team.OptInAsync(roundId, A, cardId);
        await Team.OptInAsync(roundId, B, cardId);
        await Team.OptInAsync(roundId, C, cardId);
        Assert.True(RosterReads() - readsBefore <= 1, $"three joins read the roster {RosterReads() - readsBefore} times");

        Connector.Members = [.. Connector.Members, TestActivities.Member(E, "Nieuwe collega E")];
        var refused = await Team.OptInAsync(roundId, E, cardId);                     // the bot does not know E yet
        Assert.DoesNotContain(Aad(E), (await Team.LoadAsync(roundId)).State.Participants.Select(p => p.Id));
        Assert.NotEmpty(RoundTeam.AllText(refused));

        var update = TestActivities.BotAddedToTeam(Connector.ServiceUrl, Noord);
        update["membersAdded"] = new[] { new { id = E } };                           // Teams: a member was added to the team
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Team.PostAsync(update)).StatusCode);
        await WaitUntilAsync(async () =>
        {
            await Team.OptInAsync(roundId, E, cardId);
            return (await Team.LoadAsync(roundId)).State.Participants.Any(p => p.Id == Aad(E));
        });
    }

    private int RosterReads() => Connector.Requests.Count(r => r.Operation == "GetPagedMembers" && r.ConversationId == Noord);

    /// <summary>The conversationUpdate runs in the background after its 200: try until the state is reached.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> reached)
    {
        var until = DateTime.UtcNow + RoundTeam.Wait;
        while (!await reached())
        {
            Assert.True(DateTime.UtcNow < until, "the new member could not join after the conversationUpdate");
            await Task.Delay(100);
        }
    }
}
