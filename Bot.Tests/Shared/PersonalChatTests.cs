using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Tests.Protocol.Connector;

namespace IntervisieBot.Tests.Shared;

/// <summary>
/// The one create-1:1-chat call (private cards' fallback and the reminders outbox both send it): through the real connector
/// client to the loopback connector, the body names the person, the bot and the tenant, twice, as Teams wants it.
/// </summary>
public sealed class PersonalChatTests
{
    [Theory]
    [InlineData(ConnectorHarness.TenantId)]
    [InlineData(null)]
    public async Task Parameters_SentByTheConnector_NameThePersonTheBotAndTheTenant(string? tenantId)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var bot = new ChannelAccount { Id = "28:" + ConnectorHarness.AppId };

        await harness.Client.CreateConversationAsync(harness.ServiceUrl, PersonalChat.Parameters(bot, "29:1-fictieve-collega", tenantId), CancellationToken.None);

        var body = Assert.Single(harness.Connector.Requests).Body!.Value;
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("28:" + ConnectorHarness.AppId, body.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("29:1-fictieve-collega", Assert.Single(body.GetProperty("members").EnumerateArray()).GetProperty("id").GetString());
        var tenant = body.GetProperty("channelData").GetProperty("tenant");
        if (tenantId is null)
        {
            Assert.False(body.TryGetProperty("tenantId", out var top) && top.ValueKind != System.Text.Json.JsonValueKind.Null);
            Assert.False(tenant.TryGetProperty("id", out var id) && id.ValueKind != System.Text.Json.JsonValueKind.Null);
        }
        else
        {
            Assert.Equal(tenantId, body.GetProperty("tenantId").GetString());
            Assert.Equal(tenantId, tenant.GetProperty("id").GetString());
        }
    }
}
