using IntervisieBot.Features.MyData;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Privacy.Rights;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Teams.Roles;

/// <summary>
/// A team whose only teamleider deleted their data recovers: a member claims the role (the card in the channel says who),
/// only while the team has none. Through /api/messages with Azurite and the loopback connector.
/// </summary>
public sealed class TeamWithoutTeamleiderTests : IAsyncLifetime
{
    private const string Team = "19:team-zuid@thread.tacv2";
    private const string Teamleider = "29:user-t";
    private const string Member = "29:user-m";
    private const string Other = "29:user-o";
    private BotConversation _chat = null!;

    private RoleStore Roles => _chat.Services.GetRequiredService<RoleStore>();
    private TeamScope Scope => new(TestActivities.TenantId, Team, Team);

    public async Task InitializeAsync()
    {
        _chat = await BotConversation.StartAsync();
        _chat.Connector.Members = [TestActivities.Member(Member, "Klantmanager M"), TestActivities.Member(Other, "Klantmanager O"), TestActivities.Member(Teamleider, "Teamleider T")];
        await Roles.EnsureFirstTeamleiderAsync(Scope, TestActivities.AadFor(Teamleider), default);
    }

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    [Fact]
    public async Task AfterTheOnlyTeamleiderDeletedTheirData_AMemberClaimsTheRole_AndTheTeamSeesWho()
    {
        await _chat.ExecuteForCardAsync(TestActivities.CardAction(_chat.ServiceUrl, MyDataCards.ConfirmDeleteVerb, new { }, fromId: Teamleider));
        Assert.Empty(await Roles.ListAsync(Scope, default));

        var rollen = await _chat.SayAsync(TestActivities.Message(_chat.ServiceUrl, "<at>IntervisieBot</at> rollen", fromId: Member).InChannel(Team));
        Assert.Contains("Dit team heeft geen teamleider", CardText.Of(rollen.Body));
        Assert.Contains(RolesRoutes.ClaimVerb, rollen.Body!.Value.GetRawText(), StringComparison.Ordinal);

        var claimed = await _chat.ExecuteForCardAsync(TestActivities.CardAction(_chat.ServiceUrl, RolesRoutes.ClaimVerb, new { }, fromId: Member).InChannel(Team));
        Assert.Contains("Klantmanager A is nu teamleider van dit team", CardText.OfCard(claimed));   // the invoke's from name
        Assert.Equal(TeamRole.Teamleider, await Roles.GetRolesAsync(Scope, TestActivities.AadFor(Member), default));

        // Only while there is none: the next one is told who it is, and gets nothing.
        var late = await _chat.ExecuteForCardAsync(TestActivities.CardAction(_chat.ServiceUrl, RolesRoutes.ClaimVerb, new { }, fromId: Other).InChannel(Team));
        Assert.Contains("Dit team heeft al een teamleider", CardText.OfCard(late));
        Assert.Contains("De teamleider hier is Klantmanager M.", CardText.OfCard(late));
        Assert.Equal(TeamRole.None, await Roles.GetRolesAsync(Scope, TestActivities.AadFor(Other), default));
    }

    [Fact]
    public async Task WhileTheTeamHasATeamleider_RollenNamesThem_AndNoClaimIsOffered()
    {
        var rollen = await _chat.SayAsync(TestActivities.Message(_chat.ServiceUrl, "<at>IntervisieBot</at> rollen", fromId: Member).InChannel(Team));

        Assert.Contains(CardText.Of(rollen.Body), t => t.EndsWith("De teamleider hier is Teamleider T.", StringComparison.Ordinal));
        Assert.DoesNotContain(RolesRoutes.ClaimVerb, rollen.Body!.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_FromThePersonalChat_IsRefused()
    {
        var card = await _chat.ExecuteForCardAsync(TestActivities.CardAction(_chat.ServiceUrl, RolesRoutes.ClaimVerb, new { }, fromId: Member));
        Assert.DoesNotContain(CardText.OfCard(card), t => t.Contains("is nu teamleider", StringComparison.Ordinal));
        Assert.Equal(TeamRole.None, await Roles.GetRolesInAnyTeamAsync(TestActivities.TenantId, TestActivities.AadFor(Member), default));
    }
}
