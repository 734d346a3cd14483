using System.Net;
using System.Text.Json;
using IntervisieBot.Features.Handreikingen.Storage;
using IntervisieBot.Features.MyData;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Features.Teams.Welcome;
using IntervisieBot.Protocol.Turns;
using IntervisieBot.Privacy.Rights;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.MyData;

/// <summary>"mijn gegevens" / "verwijder mijn gegevens" through /api/messages with Azurite.</summary>
public sealed class MyDataTests : IAsyncLifetime
{
    private const string TeamId = "19:team-west@thread.tacv2";
    private BotConversation _chat = null!;
    private LoopbackConnector _connector => _chat.Connector;
    private BotApplicationFactory _bot => _chat.Bot;

    public async Task InitializeAsync()
    {
        _chat = await BotConversation.StartAsync();
        // Teamleider T installs the bot in team West and so holds a role there; B is teamleider of team Oost.
        await _bot.PostActivityAsync(TestActivities.BotAddedToTeam(_connector.ServiceUrl, TeamId, fromId: "29:user-t"));
        await _bot.PostActivityAsync(TestActivities.BotAddedToTeam(_connector.ServiceUrl, "19:team-oost@thread.tacv2", fromId: "29:user-b"));
        await _connector.WaitForRequestsAsync(r => r.Method == "POST", 2, BotConversation.ReplyTimeout);
    }

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    private RoleStore Roles => _bot.Services.GetRequiredService<RoleStore>();

    [Fact]
    public async Task MyData_InPersonalChat_ShowsCountsNotContent()
    {
        var reply = await SayAsync(TestActivities.Message(_connector.ServiceUrl, "mijn gegevens", fromId: "29:user-t"));
        var texts = CardText.Of(reply.Body);
        Assert.Contains("Wat IntervisieBot over jou bewaart", texts);
        Assert.Contains("Rollen: Teams waarin je teamleider of kennismakelaar bent", texts);
        Assert.Contains("1", texts);
    }

    [Fact]
    public async Task MyData_InChannel_IsRefused_WithoutShowingAnything()
    {
        var reply = await SayAsync(TestActivities.Message(_connector.ServiceUrl, "mijn gegevens", fromId: "29:user-t").InChannel(TeamId));
        var texts = CardText.Of(reply.Body);
        Assert.Contains("Alleen in een persoonlijk gesprek", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("Rollen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteMyData_AsksConfirmation_ThenDeletesOnlyTheSendersData()
    {
        var confirm = await SayAsync(TestActivities.Message(_connector.ServiceUrl, "verwijder mijn gegevens", fromId: "29:user-t"));
        Assert.Contains("Weet je het zeker?", CardText.Of(confirm.Body));
        Assert.Single(await Roles.ListForUserAsync(TestActivities.TenantId, TestActivities.AadFor("29:user-t"), default));

        var card = await _chat.ExecuteForCardAsync(TestActivities.CardAction(_connector.ServiceUrl, MyDataCards.ConfirmDeleteVerb, new { verb = MyDataCards.ConfirmDeleteVerb }, fromId: "29:user-t"));
        var texts = CardText.OfCard(card);
        Assert.Contains("Je gegevens zijn verwijderd", texts);

        Assert.Empty(await Roles.ListForUserAsync(TestActivities.TenantId, TestActivities.AadFor("29:user-t"), default));
        Assert.Single(await Roles.ListForUserAsync(TestActivities.TenantId, TestActivities.AadFor("29:user-b"), default));
    }

    [Fact]
    public async Task MyDataAndItsDelete_CoverThePersonalChatAndTheCatalogueEditorName()
    {
        // K chats with the bot personally (its address is stored, K was welcomed) and edited a handreiking as kennismakelaar.
        const string personalChat = "a:personal-1";
        var userKey = TestActivities.AadFor("29:user-k");
        var catalogue = _bot.Services.GetRequiredService<LiveCatalogue>();
        var welcomes = _bot.Services.GetRequiredService<WelcomeRegistry>();
        var conversations = _bot.Services.GetRequiredService<IConversationReferenceStore>();
        var entry = (await catalogue.GetAsync(default)).Catalogue.Entries[0];
        await catalogue.SaveAsync(entry, userKey, default);
        await welcomes.TryClaimAsync(TestActivities.TenantId, personalChat, default);

        var shown = CardText.Of((await SayAsync(TestActivities.Message(_connector.ServiceUrl, "mijn gegevens", fromId: "29:user-k"))).Body);
        Assert.Contains(shown, t => t.Contains("Je persoonlijke chat met mij", StringComparison.Ordinal));
        Assert.Contains(shown, t => t.Contains("Handreikingen die je bewerkte", StringComparison.Ordinal));
        Assert.NotNull(await conversations.GetAsync(TestActivities.TenantId, personalChat, default));
        Assert.Equal(1, await catalogue.CountEditedByAsync(userKey, default));

        await _chat.ExecuteForCardAsync(TestActivities.CardAction(_connector.ServiceUrl, MyDataCards.ConfirmDeleteVerb, new { verb = MyDataCards.ConfirmDeleteVerb }, fromId: "29:user-k"));

        Assert.Null(await conversations.GetAsync(TestActivities.TenantId, personalChat, default));
        Assert.False(await welcomes.WasWelcomedAsync(TestActivities.TenantId, personalChat, default));
        Assert.Equal(0, await catalogue.CountEditedByAsync(userKey, default));
        Assert.NotNull((await catalogue.GetAsync(default)).Catalogue.Find(entry.Id)); // the entry itself stays for the team
    }

    [Fact]
    public async Task DeleteMyData_WarnsTheOnlyTeamleider_ButNotAMemberOrOneOfTwo()
    {
        // T is the only teamleider of West; in Oost, B shares the role with C.
        var oost = new TeamScope(TestActivities.TenantId, "19:team-oost@thread.tacv2", "19:team-oost@thread.tacv2");
        await Roles.ReplaceAsync(oost, new Dictionary<string, TeamRole>
        {
            [TestActivities.AadFor("29:user-b")] = TeamRole.Teamleider,
            [TestActivities.AadFor("29:user-c")] = TeamRole.Teamleider,
        }, "test", default);

        var alone = CardText.Of((await SayAsync(TestActivities.Message(_connector.ServiceUrl, "verwijder mijn gegevens", fromId: "29:user-t"))).Body);
        var shared = CardText.Of((await SayAsync(TestActivities.Message(_connector.ServiceUrl, "verwijder mijn gegevens", fromId: "29:user-b"))).Body);
        var member = CardText.Of((await SayAsync(TestActivities.Message(_connector.ServiceUrl, "verwijder mijn gegevens", fromId: "29:user-a"))).Body);

        Assert.Contains(alone, t => t.StartsWith("Let op: je bent de enige teamleider van een team.", StringComparison.Ordinal));
        Assert.DoesNotContain(shared, t => t.StartsWith("Let op", StringComparison.Ordinal));
        Assert.DoesNotContain(member, t => t.StartsWith("Let op", StringComparison.Ordinal));
        Assert.Contains("Weet je het zeker?", alone);
    }

    [Fact]
    public async Task DeleteAction_FromChannel_IsRefused_AndDeletesNothing()
    {
        var activity = TestActivities.CardAction(_connector.ServiceUrl, MyDataCards.ConfirmDeleteVerb, new { verb = MyDataCards.ConfirmDeleteVerb }, fromId: "29:user-t").InChannel(TeamId);
        var card = await _chat.ExecuteForCardAsync(activity);
        Assert.Contains("Alleen in een persoonlijk gesprek", CardText.OfCard(card));
        Assert.Single(await Roles.ListForUserAsync(TestActivities.TenantId, TestActivities.AadFor("29:user-t"), default));
    }

    private Task<RecordedRequest> SayAsync(Dictionary<string, object?> activity) => _chat.SayAsync(activity);
}
