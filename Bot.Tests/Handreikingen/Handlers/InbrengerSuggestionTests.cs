using IntervisieBot.Tests.Infrastructure;
using IntervisieBot.Tests.Intervisie.Handlers;

namespace IntervisieBot.Tests.Handreikingen.Handlers;

/// <summary>The inbrenger gets handreikingen privately after describing the casus in a round; the channel does not.</summary>
public sealed class InbrengerSuggestionTests : RoundTeamFixture
{
    [Fact]
    public async Task CasusInRound_SuggestionsGoToTheInbrengersPersonalChat_Only()
    {
        var (roundId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant met een deurwaarder aan de deur", "Er ligt beslag op de uitkering en de klant opent zijn post niet meer.");

        var created = await Connector.WaitForRequestsAsync(r => r.Operation == "CreateConversation", 1, RoundTeam.Wait);
        var members = created[0].Body!.Value.GetProperty("members");
        Assert.Equal(A, members[0].GetProperty("id").GetString());

        var sent = await Connector.WaitForRequestsAsync(r => r.Operation is "Send" && CardText.Of(r.Body).Contains("Dit kan helpen"), 1, RoundTeam.Wait);
        Assert.Equal(created[0].ResponseId, sent[0].ConversationId);
        Assert.Contains(CardText.Of(sent[0].Body), t => t.StartsWith("Bij je casus \"Klant met een deurwaarder aan de deur\" in de intervisieronde van ", StringComparison.Ordinal));
        Assert.DoesNotContain(Connector.Requests, r => r.ConversationId is not null && r.ConversationId.StartsWith(Noord, StringComparison.Ordinal)
            && CardText.Of(r.Body).Contains("Dit kan helpen"));
    }
}
