using System.Net;
using System.Text.Json;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Teams.Roles;

/// <summary>Roles through /api/messages with Azurite and the loopback connector's roster.</summary>
public sealed class RolesTests : IAsyncLifetime
{
    private const string TeamId = "19:team-noord@thread.tacv2";
    private const string OtherTeamId = "19:team-zuid@thread.tacv2";
    private BotConversation _chat = null!;
    private LoopbackConnector _connector => _chat.Connector;
    private BotApplicationFactory _bot => _chat.Bot;

    public async Task InitializeAsync()
    {
        _chat = await BotConversation.StartAsync(new Dictionary<string, string?> { ["Roles:Kennismakelaars:0"] = TestActivities.AadFor("29:user-config") });
        _connector.Members =
        [
            TestActivities.Member("29:user-t", "Teamleider T"),
            TestActivities.Member("29:user-a", "Klantmanager A"),
            TestActivities.Member("29:user-b", "Klantmanager B"),
        ];
        // The teamleider installs the bot in team Noord.
        await _bot.PostActivityAsync(TestActivities.BotAddedToTeam(_connector.ServiceUrl, TeamId, fromId: "29:user-t"));
        await _connector.WaitForRequestsAsync(r => r.Method == "POST", 1, BotConversation.ReplyTimeout); // welcome
    }

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    private RoleStore Store => _bot.Services.GetRequiredService<RoleStore>();
    private static TeamScope Noord => new(TestActivities.TenantId, TeamId, TeamId);

    [Fact]
    public async Task Installer_IsTheFirstTeamleider()
    {
        Assert.Equal(TeamRole.Teamleider, await Store.GetRolesAsync(Noord, TestActivities.AadFor("29:user-t"), default));
        Assert.Equal(TeamRole.None, await Store.GetRolesAsync(Noord, TestActivities.AadFor("29:user-a"), default));
    }

    [Fact]
    public async Task RolesCommand_FromTeamleider_ShowsMembersFromRoster()
    {
        var reply = await SayAsync("<at>IntervisieBot</at> rollen", "29:user-t");
        var texts = CardText.Of(reply.Body);
        Assert.Contains("Rollen in dit team", texts);
        Assert.Contains("Klantmanager B", texts);
    }

    [Fact]
    public async Task RolesCommand_FromKlantmanager_IsPolitelyRefused()
    {
        var reply = await SayAsync("rollen", "29:user-a");
        Assert.Contains("Dat mag alleen een teamleider", CardText.Of(reply.Body));
        Assert.DoesNotContain("Klantmanager B", CardText.Of(reply.Body));
    }

    [Fact]
    public async Task RolesCommand_InPersonalChat_ExplainsItBelongsToATeam()
    {
        var reply = await _chat.SayAsync(TestActivities.Message(_connector.ServiceUrl, "rollen", fromId: "29:user-t"));
        Assert.Contains("Alleen in een team of groepschat", CardText.Of(reply.Body));
    }

    [Fact]
    public async Task Save_ByTeamleider_StoresRoles()
    {
        var card = await ExecuteAsync("29:user-t", teamleiders: $"{Aad("29:user-t")},{Aad("29:user-b")}", kennismakelaars: Aad("29:user-a"));
        Assert.Contains(CardText.OfCard(card), t => t == "Opgeslagen: 2 teamleiders en 1 kennismakelaar.");
        Assert.Equal(TeamRole.Teamleider, await Store.GetRolesAsync(Noord, Aad("29:user-b"), default));
        Assert.Equal(TeamRole.Kennismakelaar, await Store.GetRolesAsync(Noord, Aad("29:user-a"), default));
    }

    [Fact]
    public async Task Save_WithoutTheKennismakelaarsList_KeepsTheKennismakelaars()
    {
        await ExecuteAsync("29:user-t", teamleiders: Aad("29:user-t"), kennismakelaars: Aad("29:user-a"));
        var activity = TestActivities.CardAction(_connector.ServiceUrl, RolesCard.SaveVerb,
            new Dictionary<string, string> { ["verb"] = RolesCard.SaveVerb, [RolesCard.TeamleidersInput] = $"{Aad("29:user-t")},{Aad("29:user-b")}" },
            fromId: "29:user-t").InChannel(TeamId);

        await _chat.ExecuteForCardAsync(activity);

        Assert.Equal(TeamRole.Kennismakelaar, await Store.GetRolesAsync(Noord, Aad("29:user-a"), default));
        Assert.Equal(TeamRole.Teamleider, await Store.GetRolesAsync(Noord, Aad("29:user-b"), default));
    }

    [Fact]
    public async Task Save_InATeamLargerThanTheCard_KeepsTheRolesOfMembersItDidNotList()
    {
        var others = Enumerable.Range(0, RolesCard.MaxMembersListed).Select(i => TestActivities.Member($"29:user-x{i:D3}", $"Klantmanager X{i:D3}"));
        _connector.Members = [.. _connector.Members, .. others];
        var unlisted = Aad($"29:user-x{RolesCard.MaxMembersListed - 1:D3}");
        await Store.ReplaceAsync(Noord, new Dictionary<string, TeamRole> { [Aad("29:user-t")] = TeamRole.Teamleider, [unlisted] = TeamRole.Kennismakelaar }, "test", default);

        await ExecuteAsync("29:user-t", teamleiders: Aad("29:user-t"), kennismakelaars: Aad("29:user-a"));

        Assert.Equal(TeamRole.Kennismakelaar, await Store.GetRolesAsync(Noord, unlisted, default));
        Assert.Equal(TeamRole.Kennismakelaar, await Store.GetRolesAsync(Noord, Aad("29:user-a"), default));
    }

    private const string OtherTenant = "99999999-8888-7777-6666-555555555555";

    public static TheoryData<string, string, string, string, string, string> RefusedSaves => new()
    {
        // actor, tenant, team the activity comes from, teamleiders, kennismakelaars, expected title
        { "29:user-a", TestActivities.TenantId, TeamId, Aad("29:user-a"), "", "Dat mag alleen een teamleider" },               // klantmanager promotes self
        { "29:user-b", TestActivities.TenantId, TeamId, Aad("29:user-b"), Aad("29:user-b"), "Dat mag alleen een teamleider" }, // klantmanager, both roles
        { "29:user-t", TestActivities.TenantId, OtherTeamId, Aad("29:user-a"), "", "Dat mag alleen een teamleider" },           // teamleider of Noord acting in Zuid
        { "29:user-t", OtherTenant, TeamId, Aad("29:user-a"), "", "Dat mag alleen een teamleider" },                            // same team id, other tenant
        { "29:user-t", TestActivities.TenantId, TeamId, $"{Aad("29:user-t")},{Aad("29:intruder")}", "", "Niet opgeslagen" },   // forged member id
        { "29:user-t", TestActivities.TenantId, TeamId, Aad("29:user-t"), Aad("29:other-team-member"), "Niet opgeslagen" },    // forged kennismakelaar
        { "29:user-t", TestActivities.TenantId, TeamId, "", Aad("29:user-a"), "Minstens één teamleider" },                      // nobody left to lead
    };

    [Theory]
    [MemberData(nameof(RefusedSaves))]
    public async Task Save_Forbidden_IsRefusedAndChangesNothing(string actor, string tenant, string team, string teamleiders, string kennismakelaars, string expectedTitle)
    {
        var before = await Store.ListAsync(Noord, default);
        var card = await ExecuteAsync(actor, teamleiders, kennismakelaars, team, tenant);
        Assert.Contains(expectedTitle, CardText.OfCard(card));
        Assert.Equal(before, await Store.ListAsync(Noord, default));
        Assert.Empty(await Store.ListAsync(new TeamScope(TestActivities.TenantId, OtherTeamId, OtherTeamId), default));
        Assert.Empty(await Store.ListAsync(new TeamScope(OtherTenant, TeamId, TeamId), default));
    }

    [Fact]
    public async Task ConfiguredRole_AppliesInEveryTeam()
    {
        Assert.Equal(TeamRole.Kennismakelaar, await Store.GetRolesAsync(Noord, Aad("29:user-config"), default));
        Assert.Equal(TeamRole.Kennismakelaar, await Store.GetRolesAsync(new TeamScope(TestActivities.TenantId, OtherTeamId, OtherTeamId), Aad("29:user-config"), default));
    }

    private static string Aad(string userId) => TestActivities.AadFor(userId);

    private Task<RecordedRequest> SayAsync(string text, string fromId) =>
        _chat.SayAsync(TestActivities.Message(_connector.ServiceUrl, text, fromId: fromId).InChannel(TeamId));

    private async Task<JsonElement> ExecuteAsync(string fromId, string teamleiders, string kennismakelaars, string team = TeamId, string tenant = TestActivities.TenantId)
    {
        var activity = TestActivities.CardAction(_connector.ServiceUrl, RolesCard.SaveVerb,
            new Dictionary<string, string> { ["verb"] = RolesCard.SaveVerb, [RolesCard.TeamleidersInput] = teamleiders, [RolesCard.KennismakelaarsInput] = kennismakelaars },
            fromId: fromId).InChannel(team, tenantId: tenant);
        return await _chat.ExecuteForCardAsync(activity);
    }
}
