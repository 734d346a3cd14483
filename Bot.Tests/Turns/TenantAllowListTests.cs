using System.Net;
using Azure.Data.Tables;
using IntervisieBot.Storage;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Turns;

public sealed class TenantAllowListTests : IAsyncLifetime
{
    private LoopbackConnector _connector = null!;
    private BotApplicationFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _bot = new BotApplicationFactory(new Dictionary<string, string?> { ["AllowedTenants:0"] = "99999999-0000-0000-0000-000000000000" });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task ActivityFromOtherTenant_IsRefused_NoReply_NothingStored()
    {
        var response = await _bot.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, "help"));
        var invoke = await _bot.PostActivityAsync(TestActivities.CardAction(_connector.ServiceUrl, "roles.save", new { verb = "roles.save" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, invoke.StatusCode);
        var table = new TableServiceClient(AzuriteServer.Shared.ConnectionString).GetTableClient(_bot.TablePrefix + TableNames.Conversations);
        await table.CreateIfNotExistsAsync();
        Assert.Empty(table.Query<TableEntity>().Take(1));
        // A following allowed-path request proves the queue was idle: nothing was sent for the refused one.
        Assert.Empty(_connector.Requests);
    }
}
